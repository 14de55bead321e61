declare module "myanmar-tools" {
  export class ZawgyiDetector {
    /** Probability (0–1) that the string is Zawgyi-encoded; -Infinity when it holds no Myanmar text. */
    getZawgyiProbability(input: string, verbose?: boolean): number;
  }
  export class ZawgyiConverter {
    zawgyiToUnicode(input: string): string;
    unicodeToZawgyi(input: string): string;
  }
  const myanmarTools: { ZawgyiDetector: typeof ZawgyiDetector; ZawgyiConverter: typeof ZawgyiConverter };
  export default myanmarTools;
}
