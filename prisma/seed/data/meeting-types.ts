// The names of the cooperation's meetings, as glossary terms: English is the source, the Chinese
// names are the official ones (reviewed), the other languages are drafts awaiting review.
import type { SeedText } from "../texts";

const official = (values: SeedText["values"]): SeedText => ({ source: "en", reviewed: ["zh"], values });

/** The meetings' names: glossary terms, so translators agree on them and the UI shows the agreed wording. */
export const meetingTypes: { type: "LM" | "FMM" | "SOM"; name: SeedText }[] = [
  {
    type: "LM",
    name: official({
      en: "Leaders' Meeting",
      zh: "领导人会议",
      km: "កិច្ចប្រជុំកំពូលថ្នាក់ដឹកនាំ",
      lo: "ກອງປະຊຸມຂັ້ນຜູ້ນຳ",
      my: "ခေါင်းဆောင်များ အစည်းအဝေး",
      th: "การประชุมผู้นำ",
      vi: "Hội nghị Cấp cao",
    }),
  },
  {
    type: "FMM",
    name: official({
      en: "Foreign Ministers' Meeting",
      zh: "外长会",
      km: "កិច្ចប្រជុំរដ្ឋមន្ត្រីការបរទេស",
      lo: "ກອງປະຊຸມລັດຖະມົນຕີການຕ່າງປະເທດ",
      my: "နိုင်ငံခြားရေးဝန်ကြီးများ အစည်းအဝေး",
      th: "การประชุมรัฐมนตรีต่างประเทศ",
      vi: "Hội nghị Bộ trưởng Ngoại giao",
    }),
  },
  {
    type: "SOM",
    name: official({
      en: "Senior Officials' Meeting",
      zh: "高官会",
      km: "កិច្ចប្រជុំមន្ត្រីជាន់ខ្ពស់",
      lo: "ກອງປະຊຸມເຈົ້າໜ້າທີ່ອາວຸໂສ",
      my: "အဆင့်မြင့်အရာရှိများ အစည်းအဝေး",
      th: "การประชุมเจ้าหน้าที่อาวุโส",
      vi: "Hội nghị Quan chức Cao cấp",
    }),
  },
];
