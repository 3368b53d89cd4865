/**
 * Controls built from the declared parameter table: one `Control` per parameter, `ControlGroup`s bound to a
 * lab's URL state, the URL notes and the copy-link button. All speak the input protocol (`.value`, `input`).
 */
export {Control, type ControlElement} from "./Control.js";
export {ControlGroup, isShown, type ControlGroupElement, type ControlGroupOptions} from "./ControlGroup.js";
export {CopyLinkButton, type LinkSource} from "./CopyLinkButton.js";
export {UrlNotes} from "./UrlNotes.js";
export {NumberControl, logStops} from "./NumberControl.js";
export {ChoiceControl} from "./ChoiceControl.js";
export {ToggleControl} from "./ToggleControl.js";
export {paramText, type LocalizedParam} from "./paramText.js";
export {URL_PARAMETERS, labParams, type LabId, type LabValues} from "./parameters.js";
