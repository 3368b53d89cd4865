/**
 * docs/url-parameters.md must say what the declared table says. When the table changes, regenerate the file:
 * `npx vitest run test/components/controls/parameterDocs.test.ts -u`.
 */
import {expect, it} from "vitest";
import {renderParameterDocs} from "../../../src/components/controls/parameterDocs.ts";
import {URL_PARAMETERS} from "../../../src/components/controls/parameters.ts";

it("docs/url-parameters.md matches the declared parameter table", async () => {
  await expect(renderParameterDocs()).toMatchFileSnapshot("../../../docs/url-parameters.md");
});

it("documents every parameter of every lab", () => {
  const docs = renderParameterDocs();
  for (const [lab, {params}] of Object.entries(URL_PARAMETERS)) {
    expect(docs).toContain(`## \`${lab}\``);
    for (const param of params) expect(docs).toContain(`| \`${param.name}\` |`);
  }
});
