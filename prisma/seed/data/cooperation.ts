// The cooperation's fixed structure ("3 + 5 + X", working groups, the plan's phases), with texts
// written for the portal. English is the source; Chinese names of pillars, areas and working groups
// are the official ones (see ../shared/reference/mechanism.md) and therefore reviewed; everything
// else in zh, km, lo, my, th and vi is a draft translation awaiting review.
import type { SeedText } from "../texts";

const official = (values: SeedText["values"]): SeedText => ({ source: "en", reviewed: ["zh"], values });
const written = (values: SeedText["values"]): SeedText => ({ source: "en", values });

export const pillars = [
  {
    slug: "political-security",
    name: official({
      en: "Political and Security Issues",
      zh: "政治安全",
      km: "បញ្ហានយោបាយ និងសន្តិសុខ",
      lo: "ບັນຫາການເມືອງ ແລະ ຄວາມໝັ້ນຄົງ",
      my: "နိုင်ငံရေးနှင့် လုံခြုံရေးကိစ္စရပ်များ",
      th: "ประเด็นการเมืองและความมั่นคง",
      vi: "Các vấn đề chính trị - an ninh",
    }),
    description: written({
      en: "High-level exchanges, political dialogue and joint work against non-traditional security threats.",
      zh: "高层交往、政治对话以及共同应对非传统安全威胁。",
      km: "ការផ្លាស់ប្តូរកម្រិតខ្ពស់ កិច្ចសន្ទនានយោបាយ និងការងាររួមគ្នាប្រឆាំងនឹងការគំរាមកំហែងសន្តិសុខមិនមែនប្រពៃណី។",
      lo: "ການແລກປ່ຽນລະດັບສູງ, ການເຈລະຈາທາງການເມືອງ ແລະ ການຮ່ວມມືຕ້ານໄພຂົ່ມຂູ່ດ້ານຄວາມໝັ້ນຄົງທີ່ບໍ່ແມ່ນແບບດັ້ງເດີມ.",
      my: "အဆင့်မြင့် ဖလှယ်မှုများ၊ နိုင်ငံရေး ဆွေးနွေးမှုများနှင့် ရိုးရာမဟုတ်သော လုံခြုံရေးခြိမ်းခြောက်မှုများကို ပူးပေါင်းတုံ့ပြန်ခြင်း။",
      th: "การแลกเปลี่ยนระดับสูง การหารือทางการเมือง และการร่วมมือรับมือภัยคุกคามด้านความมั่นคงรูปแบบใหม่",
      vi: "Giao lưu cấp cao, đối thoại chính trị và phối hợp ứng phó với các thách thức an ninh phi truyền thống.",
    }),
  },
  {
    slug: "economic-sustainable-development",
    name: official({
      en: "Economic and Sustainable Development",
      zh: "经济和可持续发展",
      km: "ការអភិវឌ្ឍសេដ្ឋកិច្ច និងចីរភាព",
      lo: "ການພັດທະນາເສດຖະກິດ ແລະ ແບບຍືນຍົງ",
      my: "စီးပွားရေးနှင့် ရေရှည်တည်တံ့သော ဖွံ့ဖြိုးတိုးတက်မှု",
      th: "การพัฒนาเศรษฐกิจและการพัฒนาที่ยั่งยืน",
      vi: "Phát triển kinh tế và bền vững",
    }),
    description: written({
      en: "Connectivity, production capacity, trade, finance, water resources, agriculture and poverty reduction.",
      zh: "互联互通、产能、经贸、金融、水资源、农业和减贫。",
      km: "ការតភ្ជាប់ សមត្ថភាពផលិតកម្ម ពាណិជ្ជកម្ម ហិរញ្ញវត្ថុ ធនធានទឹក កសិកម្ម និងការកាត់បន្ថយភាពក្រីក្រ។",
      lo: "ການເຊື່ອມຕໍ່, ຄວາມສາມາດໃນການຜະລິດ, ການຄ້າ, ການເງິນ, ຊັບພະຍາກອນນ້ຳ, ກະສິກຳ ແລະ ການຫຼຸດຜ່ອນຄວາມທຸກຍາກ.",
      my: "အပြန်အလှန်ချိတ်ဆက်မှု၊ ထုတ်လုပ်မှုစွမ်းရည်၊ ကုန်သွယ်ရေး၊ ဘဏ္ဍာရေး၊ ရေအရင်းအမြစ်၊ စိုက်ပျိုးရေးနှင့် ဆင်းရဲမွဲတေမှု လျှော့ချရေး။",
      th: "ความเชื่อมโยง ศักยภาพการผลิต การค้า การเงิน ทรัพยากรน้ำ การเกษตร และการลดความยากจน",
      vi: "Kết nối, năng lực sản xuất, thương mại, tài chính, tài nguyên nước, nông nghiệp và giảm nghèo.",
    }),
  },
  {
    slug: "social-cultural-people-to-people",
    name: official({
      en: "Social, Cultural and People-to-People Exchanges",
      zh: "社会人文",
      km: "ការផ្លាស់ប្តូរសង្គម វប្បធម៌ និងប្រជាជនទៅប្រជាជន",
      lo: "ການແລກປ່ຽນດ້ານສັງຄົມ, ວັດທະນະທຳ ແລະ ລະຫວ່າງປະຊາຊົນ",
      my: "လူမှုရေး၊ ယဉ်ကျေးမှုနှင့် ပြည်သူချင်း ဖလှယ်မှု",
      th: "การแลกเปลี่ยนด้านสังคม วัฒนธรรม และระหว่างประชาชน",
      vi: "Giao lưu văn hóa - xã hội và giao lưu nhân dân",
    }),
    description: written({
      en: "Culture, tourism, education, health, media, and exchanges between peoples and local governments.",
      zh: "文化、旅游、教育、卫生、媒体以及民间和地方交流。",
      km: "វប្បធម៌ ទេសចរណ៍ ការអប់រំ សុខាភិបាល ប្រព័ន្ធផ្សព្វផ្សាយ និងការផ្លាស់ប្តូររវាងប្រជាជន និងរដ្ឋាភិបាលមូលដ្ឋាន។",
      lo: "ວັດທະນະທຳ, ການທ່ອງທ່ຽວ, ການສຶກສາ, ສາທາລະນະສຸກ, ສື່ມວນຊົນ ແລະ ການແລກປ່ຽນລະຫວ່າງປະຊາຊົນ ແລະ ອົງການປົກຄອງທ້ອງຖິ່ນ.",
      my: "ယဉ်ကျေးမှု၊ ခရီးသွားလုပ်ငန်း၊ ပညာရေး၊ ကျန်းမာရေး၊ မီဒီယာနှင့် ပြည်သူများ၊ ဒေသန္တရအစိုးရများအကြား ဖလှယ်မှု။",
      th: "วัฒนธรรม การท่องเที่ยว การศึกษา สาธารณสุข สื่อ และการแลกเปลี่ยนระหว่างประชาชนและรัฐบาลท้องถิ่น",
      vi: "Văn hóa, du lịch, giáo dục, y tế, truyền thông và giao lưu giữa nhân dân và chính quyền địa phương.",
    }),
  },
] as const;

type PillarSlug = (typeof pillars)[number]["slug"];

export const priorityAreas: {
  slug: string;
  isCore: boolean;
  pillar: PillarSlug;
  sections: string[];
  name: SeedText;
  description: SeedText | null;
}[] = [
  {
    slug: "connectivity",
    isCore: true,
    pillar: "economic-sustainable-development",
    sections: ["4.2.1"],
    name: official({
      en: "Connectivity",
      zh: "互联互通",
      km: "ការតភ្ជាប់",
      lo: "ການເຊື່ອມຕໍ່",
      my: "အပြန်အလှန် ချိတ်ဆက်မှု",
      th: "ความเชื่อมโยง",
      vi: "Kết nối",
    }),
    description: written({
      en: "Railways, roads, waterways, power grids and information networks, and easier crossing of borders.",
      zh: "铁路、公路、水运、电网和信息网络建设，以及通关便利化。",
      km: "ផ្លូវដែក ផ្លូវថ្នល់ ផ្លូវទឹក បណ្តាញអគ្គិសនី និងបណ្តាញព័ត៌មាន ព្រមទាំងការឆ្លងព្រំដែនងាយស្រួលជាងមុន។",
      lo: "ທາງລົດໄຟ, ທາງຫຼວງ, ທາງນ້ຳ, ລະບົບສາຍສົ່ງໄຟຟ້າ ແລະ ເຄືອຂ່າຍຂໍ້ມູນຂ່າວສານ, ພ້ອມທັງການຂ້າມຊາຍແດນທີ່ສະດວກຂຶ້ນ.",
      my: "ရထားလမ်း၊ လမ်းမ၊ ရေလမ်း၊ ဓာတ်အားလိုင်းနှင့် သတင်းအချက်အလက်ကွန်ရက်များ၊ နယ်စပ်ဖြတ်ကျော်မှု လွယ်ကူစေရေး။",
      th: "ทางรถไฟ ถนน ทางน้ำ โครงข่ายไฟฟ้า และโครงข่ายสารสนเทศ รวมถึงการข้ามพรมแดนที่สะดวกขึ้น",
      vi: "Đường sắt, đường bộ, đường thủy, lưới điện và mạng thông tin, cùng với việc qua lại biên giới thuận lợi hơn.",
    }),
  },
  {
    slug: "production-capacity",
    isCore: true,
    pillar: "economic-sustainable-development",
    sections: ["4.2.2"],
    name: official({
      en: "Production Capacity",
      zh: "产能",
      km: "សមត្ថភាពផលិតកម្ម",
      lo: "ຄວາມສາມາດໃນການຜະລິດ",
      my: "ထုတ်လုပ်မှုစွမ်းရည်",
      th: "ศักยภาพการผลิต",
      vi: "Năng lực sản xuất",
    }),
    description: written({
      en: "Industrial cooperation, investment platforms and the skills that raise production capacity.",
      zh: "产业合作、投资平台以及提升产能的能力建设。",
      km: "កិច្ចសហប្រតិបត្តិការឧស្សាហកម្ម វេទិកាវិនិយោគ និងជំនាញដែលលើកកម្ពស់សមត្ថភាពផលិតកម្ម។",
      lo: "ການຮ່ວມມືດ້ານອຸດສາຫະກຳ, ເວທີການລົງທຶນ ແລະ ທັກສະທີ່ຍົກສູງຄວາມສາມາດໃນການຜະລິດ.",
      my: "စက်မှုလုပ်ငန်း ပူးပေါင်းဆောင်ရွက်မှု၊ ရင်းနှီးမြှုပ်နှံမှု ပလက်ဖောင်းများနှင့် ထုတ်လုပ်မှုစွမ်းရည် မြှင့်တင်ရေး ကျွမ်းကျင်မှုများ။",
      th: "ความร่วมมือด้านอุตสาหกรรม เวทีการลงทุน และทักษะที่ยกระดับศักยภาพการผลิต",
      vi: "Hợp tác công nghiệp, nền tảng đầu tư và kỹ năng nâng cao năng lực sản xuất.",
    }),
  },
  {
    slug: "cross-border-economic-cooperation",
    isCore: true,
    pillar: "economic-sustainable-development",
    sections: ["4.2.3"],
    name: official({
      en: "Cross-Border Economic Cooperation",
      zh: "跨境经济",
      km: "កិច្ចសហប្រតិបត្តិការសេដ្ឋកិច្ចឆ្លងដែន",
      lo: "ການຮ່ວມມືເສດຖະກິດຂ້າມຊາຍແດນ",
      my: "နယ်စပ်ဖြတ်ကျော် စီးပွားရေး ပူးပေါင်းဆောင်ရွက်မှု",
      th: "ความร่วมมือทางเศรษฐกิจข้ามพรมแดน",
      vi: "Hợp tác kinh tế xuyên biên giới",
    }),
    description: written({
      en: "Cross-border economic cooperation zones, trade and investment facilitation, and trade fairs.",
      zh: "跨境经济合作区、贸易投资便利化和贸易促进活动。",
      km: "តំបន់សហប្រតិបត្តិការសេដ្ឋកិច្ចឆ្លងដែន ការសម្រួលពាណិជ្ជកម្ម និងវិនិយោគ និងពិព័រណ៍ពាណិជ្ជកម្ម។",
      lo: "ເຂດຮ່ວມມືເສດຖະກິດຂ້າມຊາຍແດນ, ການອຳນວຍຄວາມສະດວກດ້ານການຄ້າ ແລະ ການລົງທຶນ, ແລະ ງານວາງສະແດງສິນຄ້າ.",
      my: "နယ်စပ်ဖြတ်ကျော် စီးပွားရေးဇုန်များ၊ ကုန်သွယ်မှုနှင့် ရင်းနှီးမြှုပ်နှံမှု လွယ်ကူချောမွေ့စေရေးနှင့် ကုန်စည်ပြပွဲများ။",
      th: "เขตความร่วมมือทางเศรษฐกิจข้ามพรมแดน การอำนวยความสะดวกทางการค้าและการลงทุน และงานแสดงสินค้า",
      vi: "Khu hợp tác kinh tế qua biên giới, tạo thuận lợi thương mại - đầu tư và hội chợ thương mại.",
    }),
  },
  {
    slug: "water-resources",
    isCore: true,
    pillar: "economic-sustainable-development",
    sections: ["4.2.5"],
    name: official({
      en: "Water Resources",
      zh: "水资源",
      km: "ធនធានទឹក",
      lo: "ຊັບພະຍາກອນນ້ຳ",
      my: "ရေအရင်းအမြစ်",
      th: "ทรัพยากรน้ำ",
      vi: "Tài nguyên nước",
    }),
    description: written({
      en: "Sustainable use of the river, shared data on water quality, floods and droughts, and joint research.",
      zh: "水资源可持续利用、水质与洪旱信息共享以及联合研究。",
      km: "ការប្រើប្រាស់ទន្លេប្រកបដោយចីរភាព ការចែករំលែកទិន្នន័យគុណភាពទឹក ទឹកជំនន់ និងគ្រោះរាំងស្ងួត និងការស្រាវជ្រាវរួមគ្នា។",
      lo: "ການນຳໃຊ້ແມ່ນ້ຳແບບຍືນຍົງ, ການແບ່ງປັນຂໍ້ມູນຄຸນນະພາບນ້ຳ, ນ້ຳຖ້ວມ ແລະ ໄພແຫ້ງແລ້ງ, ແລະ ການຄົ້ນຄວ້າຮ່ວມກັນ.",
      my: "မြစ်ကို ရေရှည်တည်တံ့စွာ အသုံးပြုခြင်း၊ ရေအရည်အသွေး၊ ရေကြီးမှုနှင့် မိုးခေါင်မှု ဒေတာမျှဝေခြင်းနှင့် ပူးတွဲသုတေသန။",
      th: "การใช้แม่น้ำอย่างยั่งยืน การแบ่งปันข้อมูลคุณภาพน้ำ อุทกภัยและภัยแล้ง และการวิจัยร่วมกัน",
      vi: "Sử dụng bền vững dòng sông, chia sẻ dữ liệu về chất lượng nước, lũ lụt và hạn hán, và nghiên cứu chung.",
    }),
  },
  {
    slug: "agriculture-poverty-reduction",
    isCore: true,
    pillar: "economic-sustainable-development",
    sections: ["4.2.6", "4.2.7"],
    name: official({
      en: "Agriculture and Poverty Reduction",
      zh: "农业和减贫",
      km: "កសិកម្ម និងការកាត់បន្ថយភាពក្រីក្រ",
      lo: "ກະສິກຳ ແລະ ການຫຼຸດຜ່ອນຄວາມທຸກຍາກ",
      my: "စိုက်ပျိုးရေးနှင့် ဆင်းရဲမွဲတေမှု လျှော့ချရေး",
      th: "การเกษตรและการลดความยากจน",
      vi: "Nông nghiệp và giảm nghèo",
    }),
    description: written({
      en: "Food security, agricultural science and trade, fisheries, and sharing experience in reducing poverty.",
      zh: "粮食安全、农业科技与贸易、渔业以及减贫经验分享。",
      km: "សន្តិសុខស្បៀង វិទ្យាសាស្ត្រ និងពាណិជ្ជកម្មកសិកម្ម ជលផល និងការចែករំលែកបទពិសោធន៍កាត់បន្ថយភាពក្រីក្រ។",
      lo: "ຄວາມໝັ້ນຄົງດ້ານສະບຽງອາຫານ, ວິທະຍາສາດ ແລະ ການຄ້າກະສິກຳ, ການປະມົງ ແລະ ການແບ່ງປັນປະສົບການຫຼຸດຜ່ອນຄວາມທຸກຍາກ.",
      my: "စားနပ်ရိက္ခာဖူလုံရေး၊ စိုက်ပျိုးရေးသိပ္ပံနှင့် ကုန်သွယ်ရေး၊ ငါးလုပ်ငန်းနှင့် ဆင်းရဲမွဲတေမှု လျှော့ချရေး အတွေ့အကြုံ မျှဝေခြင်း။",
      th: "ความมั่นคงทางอาหาร วิทยาศาสตร์และการค้าสินค้าเกษตร การประมง และการแลกเปลี่ยนประสบการณ์การลดความยากจน",
      vi: "An ninh lương thực, khoa học và thương mại nông nghiệp, thủy sản và chia sẻ kinh nghiệm giảm nghèo.",
    }),
  },
  {
    slug: "digital-economy",
    isCore: false,
    pillar: "economic-sustainable-development",
    sections: [],
    name: written({
      en: "Digital Economy",
      zh: "数字经济",
      km: "សេដ្ឋកិច្ចឌីជីថល",
      lo: "ເສດຖະກິດດິຈິຕອນ",
      my: "ဒစ်ဂျစ်တယ် စီးပွားရေး",
      th: "เศรษฐกิจดิจิทัล",
      vi: "Kinh tế số",
    }),
    description: null,
  },
  {
    slug: "environmental-protection",
    isCore: false,
    pillar: "economic-sustainable-development",
    sections: [],
    name: written({
      en: "Environmental Protection",
      zh: "环境保护",
      km: "ការការពារបរិស្ថាន",
      lo: "ການປົກປັກຮັກສາສິ່ງແວດລ້ອມ",
      my: "ပတ်ဝန်းကျင် ထိန်းသိမ်းရေး",
      th: "การคุ้มครองสิ่งแวดล้อม",
      vi: "Bảo vệ môi trường",
    }),
    description: null,
  },
  {
    slug: "customs",
    isCore: false,
    pillar: "economic-sustainable-development",
    sections: [],
    name: written({
      en: "Customs",
      zh: "海关",
      km: "គយ",
      lo: "ພາສີ",
      my: "အကောက်ခွန်",
      th: "ศุลกากร",
      vi: "Hải quan",
    }),
    description: null,
  },
  {
    slug: "health",
    isCore: false,
    pillar: "social-cultural-people-to-people",
    sections: [],
    name: written({
      en: "Health",
      zh: "卫生",
      km: "សុខាភិបាល",
      lo: "ສາທາລະນະສຸກ",
      my: "ကျန်းမာရေး",
      th: "สาธารณสุข",
      vi: "Y tế",
    }),
    description: null,
  },
  {
    slug: "youth",
    isCore: false,
    pillar: "social-cultural-people-to-people",
    sections: [],
    name: written({
      en: "Youth",
      zh: "青年",
      km: "យុវជន",
      lo: "ຊາວໜຸ່ມ",
      my: "လူငယ်",
      th: "เยาวชน",
      vi: "Thanh niên",
    }),
    description: null,
  },
];

/** Sections of the plan that belong to a pillar as a whole. */
export const pillarSections: Record<string, PillarSlug> = {
  "4.1": "political-security",
  "4.2": "economic-sustainable-development",
};

export const workingGroups: { slug: string; kind: "priority_area" | "diplomatic"; area: string | null; name: SeedText }[] = [
  {
    slug: "jwg-diplomatic",
    kind: "diplomatic",
    area: null,
    name: official({
      en: "Diplomatic Joint Working Group",
      zh: "外交联合工作组",
      km: "ក្រុមការងាររួមផ្នែកការទូត",
      lo: "ຄະນະເຮັດວຽກຮ່ວມດ້ານການທູດ",
      my: "သံတမန်ရေးရာ ပူးတွဲလုပ်ငန်းအဖွဲ့",
      th: "คณะทำงานร่วมด้านการทูต",
      vi: "Nhóm công tác chung về ngoại giao",
    }),
  },
  {
    slug: "jwg-connectivity",
    kind: "priority_area",
    area: "connectivity",
    name: official({
      en: "Joint Working Group on Connectivity",
      zh: "互联互通联合工作组",
      km: "ក្រុមការងាររួមស្តីពីការតភ្ជាប់",
      lo: "ຄະນະເຮັດວຽກຮ່ວມດ້ານການເຊື່ອມຕໍ່",
      my: "အပြန်အလှန်ချိတ်ဆက်မှုဆိုင်ရာ ပူးတွဲလုပ်ငန်းအဖွဲ့",
      th: "คณะทำงานร่วมด้านความเชื่อมโยง",
      vi: "Nhóm công tác chung về kết nối",
    }),
  },
  {
    slug: "jwg-production-capacity",
    kind: "priority_area",
    area: "production-capacity",
    name: official({
      en: "Joint Working Group on Production Capacity",
      zh: "产能合作联合工作组",
      km: "ក្រុមការងាររួមស្តីពីសមត្ថភាពផលិតកម្ម",
      lo: "ຄະນະເຮັດວຽກຮ່ວມດ້ານຄວາມສາມາດໃນການຜະລິດ",
      my: "ထုတ်လုပ်မှုစွမ်းရည်ဆိုင်ရာ ပူးတွဲလုပ်ငန်းအဖွဲ့",
      th: "คณะทำงานร่วมด้านศักยภาพการผลิต",
      vi: "Nhóm công tác chung về năng lực sản xuất",
    }),
  },
  {
    slug: "jwg-cross-border-economic-cooperation",
    kind: "priority_area",
    area: "cross-border-economic-cooperation",
    name: official({
      en: "Joint Working Group on Cross-Border Economic Cooperation",
      zh: "跨境经济合作联合工作组",
      km: "ក្រុមការងាររួមស្តីពីកិច្ចសហប្រតិបត្តិការសេដ្ឋកិច្ចឆ្លងដែន",
      lo: "ຄະນະເຮັດວຽກຮ່ວມດ້ານການຮ່ວມມືເສດຖະກິດຂ້າມຊາຍແດນ",
      my: "နယ်စပ်ဖြတ်ကျော် စီးပွားရေးပူးပေါင်းဆောင်ရွက်မှုဆိုင်ရာ ပူးတွဲလုပ်ငန်းအဖွဲ့",
      th: "คณะทำงานร่วมด้านความร่วมมือทางเศรษฐกิจข้ามพรมแดน",
      vi: "Nhóm công tác chung về hợp tác kinh tế xuyên biên giới",
    }),
  },
  {
    slug: "jwg-water-resources",
    kind: "priority_area",
    area: "water-resources",
    name: official({
      en: "Joint Working Group on Water Resources",
      zh: "水资源合作联合工作组",
      km: "ក្រុមការងាររួមស្តីពីធនធានទឹក",
      lo: "ຄະນະເຮັດວຽກຮ່ວມດ້ານຊັບພະຍາກອນນ້ຳ",
      my: "ရေအရင်းအမြစ်ဆိုင်ရာ ပူးတွဲလုပ်ငန်းအဖွဲ့",
      th: "คณะทำงานร่วมด้านทรัพยากรน้ำ",
      vi: "Nhóm công tác chung về tài nguyên nước",
    }),
  },
  {
    slug: "jwg-agriculture",
    kind: "priority_area",
    area: "agriculture-poverty-reduction",
    name: official({
      en: "Joint Working Group on Agriculture",
      zh: "农业合作联合工作组",
      km: "ក្រុមការងាររួមស្តីពីកសិកម្ម",
      lo: "ຄະນະເຮັດວຽກຮ່ວມດ້ານກະສິກຳ",
      my: "စိုက်ပျိုးရေးဆိုင်ရာ ပူးတွဲလုပ်ငန်းအဖွဲ့",
      th: "คณะทำงานร่วมด้านการเกษตร",
      vi: "Nhóm công tác chung về nông nghiệp",
    }),
  },
  {
    slug: "jwg-poverty-reduction",
    kind: "priority_area",
    area: "agriculture-poverty-reduction",
    name: official({
      en: "Joint Working Group on Poverty Reduction",
      zh: "减贫合作联合工作组",
      km: "ក្រុមការងាររួមស្តីពីការកាត់បន្ថយភាពក្រីក្រ",
      lo: "ຄະນະເຮັດວຽກຮ່ວມດ້ານການຫຼຸດຜ່ອນຄວາມທຸກຍາກ",
      my: "ဆင်းရဲမွဲတေမှု လျှော့ချရေးဆိုင်ရာ ပူးတွဲလုပ်ငန်းအဖွဲ့",
      th: "คณะทำงานร่วมด้านการลดความยากจน",
      vi: "Nhóm công tác chung về giảm nghèo",
    }),
  },
];

export const plan2018Phases = [
  {
    startYear: 2018,
    endYear: 2019,
    name: official({
      en: "Laying the foundation",
      zh: "奠定基础阶段",
      km: "ដំណាក់កាលចាក់គ្រឹះ",
      lo: "ໄລຍະວາງພື້ນຖານ",
      my: "အုတ်မြစ်ချသည့် အဆင့်",
      th: "ระยะวางรากฐาน",
      vi: "Giai đoạn đặt nền móng",
    }),
    description: written({
      en: "Planning cooperation in each field and carrying out small and medium-sized projects.",
      zh: "加强各领域合作规划，推动落实中小型合作项目。",
      km: "រៀបចំផែនការកិច្ចសហប្រតិបត្តិការក្នុងវិស័យនីមួយៗ និងអនុវត្តគម្រោងខ្នាតតូច និងមធ្យម។",
      lo: "ວາງແຜນການຮ່ວມມືໃນແຕ່ລະຂະແໜງການ ແລະ ຈັດຕັ້ງປະຕິບັດໂຄງການຂະໜາດນ້ອຍ ແລະ ກາງ.",
      my: "နယ်ပယ်အသီးသီးတွင် ပူးပေါင်းဆောင်ရွက်မှုကို စီစဉ်ခြင်းနှင့် အသေးစားနှင့် အလတ်စား စီမံကိန်းများ အကောင်အထည်ဖော်ခြင်း။",
      th: "วางแผนความร่วมมือในแต่ละสาขา และดำเนินโครงการขนาดเล็กและขนาดกลาง",
      vi: "Lập kế hoạch hợp tác trong từng lĩnh vực và triển khai các dự án quy mô vừa và nhỏ.",
    }),
  },
  {
    startYear: 2020,
    endYear: 2022,
    name: official({
      en: "Consolidation, deepening and expansion",
      zh: "巩固和深化推广阶段",
      km: "ដំណាក់កាលពង្រឹង ពង្រីក និងធ្វើឱ្យកាន់តែស៊ីជម្រៅ",
      lo: "ໄລຍະເສີມຂະຫຍາຍ ແລະ ເຮັດໃຫ້ເລິກເຊິ່ງ",
      my: "ခိုင်မာစေခြင်း၊ နက်ရှိုင်းစေခြင်းနှင့် ချဲ့ထွင်ခြင်း အဆင့်",
      th: "ระยะเสริมสร้าง ขยายผล และกระชับความร่วมมือ",
      vi: "Giai đoạn củng cố, đi vào chiều sâu và mở rộng",
    }),
    description: written({
      en: "Strengthening the five priority areas, opening new areas and gradually taking on larger projects.",
      zh: "加强五大优先领域合作，拓展新的合作领域，逐步探讨大项目合作。",
      km: "ពង្រឹងវិស័យអាទិភាពទាំងប្រាំ បើកវិស័យថ្មីៗ និងឈានទៅរកគម្រោងធំៗជាបណ្តើរៗ។",
      lo: "ເສີມສ້າງ 5 ຂົງເຂດບູລິມະສິດ, ເປີດຂົງເຂດໃໝ່ ແລະ ຄ່ອຍໆກ້າວໄປສູ່ໂຄງການຂະໜາດໃຫຍ່.",
      my: "ဦးစားပေးနယ်ပယ် ငါးခုကို အားကောင်းစေခြင်း၊ နယ်ပယ်သစ်များ ဖွင့်လှစ်ခြင်းနှင့် စီမံကိန်းကြီးများကို တဖြည်းဖြည်း ဆောင်ရွက်ခြင်း။",
      th: "เสริมความร่วมมือในห้าสาขาสำคัญ เปิดสาขาใหม่ และค่อย ๆ ขยายสู่โครงการขนาดใหญ่",
      vi: "Tăng cường năm lĩnh vực ưu tiên, mở rộng lĩnh vực mới và từng bước triển khai các dự án lớn.",
    }),
  },
];

export const plan2018Summary = written({
  en: "The Five-Year Plan of Action is the roadmap the six countries adopted at the second Leaders' Meeting in Phnom Penh on 10 January 2018. It sets out what they will do together from 2018 to 2022 under three pillars and five priority areas, and it asks for a progress report to the Foreign Ministers' Meeting every year.",
  zh: "五年行动计划是六国于2018年1月10日在金边举行的第二次领导人会议上通过的路线图。它规定了六国在2018年至2022年间围绕三大支柱和五个优先领域共同开展的工作，并要求每年向外长会提交落实进展报告。",
  km: "ផែនការសកម្មភាពប្រាំឆ្នាំ គឺជាផែនទីបង្ហាញផ្លូវដែលប្រទេសទាំងប្រាំមួយបានអនុម័តនៅកិច្ចប្រជុំកំពូលលើកទីពីរ នៅភ្នំពេញ ថ្ងៃទី10 ខែមករា ឆ្នាំ2018។ ផែនការនេះកំណត់នូវអ្វីដែលប្រទេសទាំងនោះនឹងធ្វើរួមគ្នាពីឆ្នាំ2018 ដល់ឆ្នាំ2022 ក្រោមសសរស្តម្ភបី និងវិស័យអាទិភាពប្រាំ ហើយតម្រូវឱ្យមានរបាយការណ៍វឌ្ឍនភាពជូនកិច្ចប្រជុំរដ្ឋមន្ត្រីការបរទេសជារៀងរាល់ឆ្នាំ។",
  lo: "ແຜນປະຕິບັດງານ 5 ປີ ແມ່ນແຜນທີ່ນຳທາງທີ່ 6 ປະເທດໄດ້ຮັບຮອງເອົາໃນກອງປະຊຸມຂັ້ນຜູ້ນຳຄັ້ງທີ 2 ທີ່ນະຄອນຫຼວງພະນົມເປັນ ວັນທີ 10 ມັງກອນ 2018. ແຜນດັ່ງກ່າວກຳນົດສິ່ງທີ່ບັນດາປະເທດຈະເຮັດຮ່ວມກັນແຕ່ປີ 2018 ຫາ 2022 ພາຍໃຕ້ 3 ເສົາຄ້ຳ ແລະ 5 ຂົງເຂດບູລິມະສິດ, ແລະ ກຳນົດໃຫ້ມີບົດລາຍງານຄວາມຄືບໜ້າຕໍ່ກອງປະຊຸມລັດຖະມົນຕີການຕ່າງປະເທດທຸກໆປີ.",
  my: "ငါးနှစ်လုပ်ငန်းစီမံချက်သည် 2018 ခုနှစ် ဇန်နဝါရီ 10 ရက်နေ့တွင် ဖနွမ်ပင်မြို့၌ ကျင်းပသော ဒုတိယအကြိမ် ခေါင်းဆောင်များအစည်းအဝေးတွင် နိုင်ငံခြောက်နိုင်ငံက အတည်ပြုခဲ့သော လမ်းပြမြေပုံ ဖြစ်သည်။ ၎င်းသည် 2018 မှ 2022 ခုနှစ်အထိ မဏ္ဍိုင်သုံးရပ်နှင့် ဦးစားပေးနယ်ပယ် ငါးခုအောက်တွင် အတူတကွ ဆောင်ရွက်မည့်အရာများကို ချမှတ်ထားပြီး နိုင်ငံခြားရေးဝန်ကြီးများ အစည်းအဝေးသို့ နှစ်စဉ် တိုးတက်မှုအစီရင်ခံစာ တင်သွင်းရန် သတ်မှတ်ထားသည်။",
  th: "แผนปฏิบัติการห้าปีเป็นแผนที่นำทางที่หกประเทศรับรองในการประชุมผู้นำครั้งที่ 2 ณ กรุงพนมเปญ เมื่อวันที่ 10 มกราคม 2561 แผนนี้กำหนดสิ่งที่ทั้งหกประเทศจะดำเนินการร่วมกันระหว่างปี 2561–2565 ภายใต้สามเสาหลักและห้าสาขาความร่วมมือสำคัญ และกำหนดให้เสนอรายงานความคืบหน้าต่อที่ประชุมรัฐมนตรีต่างประเทศทุกปี",
  vi: "Kế hoạch hành động 5 năm là lộ trình sáu nước thông qua tại Hội nghị Cấp cao lần thứ hai ở Phnôm Pênh ngày 10/01/2018. Kế hoạch xác định những việc sáu nước cùng thực hiện từ năm 2018 đến 2022 theo ba trụ cột và năm lĩnh vực ưu tiên, và yêu cầu báo cáo tiến độ hằng năm lên Hội nghị Bộ trưởng Ngoại giao.",
});
