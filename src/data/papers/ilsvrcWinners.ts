/**
 * ILSVRC image-classification results by year: the top-5 test error of the winning entry (and VGG, second in
 * 2014), with the depth of the network behind it. Drawn by src/components/ilsvrcChart.ts on the Overview.
 *
 * Each entry names its own source. 2012–2014 are the "no external training data" entries as listed in
 * Szegedy et al. 2015 (GoogLeNet), Table 2; the challenge results themselves are documented in
 * Russakovsky et al. 2015 (IJCV). He et al. 2015, Table 5 lists GoogLeNet's entry as 6.66%.
 *
 * The 2013 depth is an assumption, said so in its source line: Zeiler & Fergus's Fig. 3 is an 8-layer model, but
 * the paper does not tie the 2013 Clarifai entry to that architecture.
 */

/** One entry of the classification challenge. */
export interface IlsvrcEntry {
  /** Challenge year. */
  year: number;
  /** Network (and team) behind the entry. */
  model: string;
  /** Top-5 classification error on the ILSVRC test set, in %. */
  top5Error: number;
  /** Depth in weight layers (convolutional + fully connected) of the entry's deepest network. */
  depth: number;
  /** Place in that year's classification task. */
  place: 1 | 2;
  /** Where the error figure comes from. */
  errorSource: string;
  /** Where the depth comes from. */
  depthSource: string;
}

export const ILSVRC_WINNERS: IlsvrcEntry[] = [
  {
    year: 2012,
    model: "AlexNet (SuperVision)",
    top5Error: 16.4,
    depth: 8,
    place: 1,
    errorSource: "Szegedy et al. 2015, Table 2",
    depthSource: "Krizhevsky et al. 2012, §3"
  },
  {
    year: 2013,
    model: "ZFNet (Clarifai)",
    top5Error: 11.7,
    depth: 8,
    place: 1,
    errorSource: "Szegedy et al. 2015, Table 2",
    depthSource: "Zeiler & Fergus 2014, Fig. 3 (an 8-layer model; the paper does not say it is the network of the 2013 Clarifai entry)"
  },
  {
    year: 2014,
    model: "VGG (2nd place)",
    top5Error: 7.32,
    depth: 19,
    place: 2,
    errorSource: "Szegedy et al. 2015, Table 2",
    depthSource: "Simonyan & Zisserman 2015, Table 1"
  },
  {
    year: 2014,
    model: "GoogLeNet",
    top5Error: 6.67,
    depth: 22,
    place: 1,
    errorSource: "Szegedy et al. 2015, Table 2",
    depthSource: "Szegedy et al. 2015, §5"
  },
  {
    year: 2015,
    model: "ResNet (ensemble)",
    top5Error: 3.57,
    depth: 152,
    place: 1,
    errorSource: "He et al. 2015, Table 5",
    depthSource: "He et al. 2015, §4.1"
  }
];
