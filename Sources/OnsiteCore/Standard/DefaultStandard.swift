/// The default service standard, kept as TOML text so that it is loaded,
/// validated and versioned exactly like a company's own standard file.
/// (Embedded rather than shipped as a resource so the binary stays one self-contained file.)
enum DefaultStandard {
    static let toml = #"""
schema = 1
id = "onsite-default"
version = 2
name = { en = "On-site service standard", zh = "现场服务标准" }

# ── Arrival: the first day on a client's site ─────────────────────────────
[[arrival]]
id = "bring"
title = { en = "Documents and tools brought", zh = "携带的文件资料和工具" }

  [[arrival.items]]
  id = "bring-technical-handover"
  kind = "check"
  required = true
  title = { en = "Technical handover record", zh = "技术交底记录" }

  [[arrival.items]]
  id = "bring-installation-plan"
  kind = "check"
  required = true
  title = { en = "Installation plan", zh = "安装计划" }

  [[arrival.items]]
  id = "bring-commissioning-standards"
  kind = "check"
  required = true
  title = { en = "Installation and commissioning standards", zh = "安装调试标准" }

  [[arrival.items]]
  id = "bring-problem-list"
  kind = "check"
  required = true
  title = { en = "Problem list form", zh = "问题表" }

  [[arrival.items]]
  id = "bring-shortage-list"
  kind = "check"
  required = true
  title = { en = "Shortage list form", zh = "欠料表" }

  [[arrival.items]]
  id = "bring-acceptance-standards"
  kind = "check"
  required = true
  title = { en = "Acceptance standards", zh = "验收标准" }

  [[arrival.items]]
  id = "bring-acceptance-record-form"
  kind = "check"
  required = true
  title = { en = "Acceptance record form", zh = "验收记录表" }

  [[arrival.items]]
  id = "bring-service-record-form"
  kind = "check"
  required = true
  title = { en = "Site service record form", zh = "现场服务记录表" }

  [[arrival.items]]
  id = "bring-satisfaction-survey"
  kind = "check"
  required = true
  title = { en = "Satisfaction survey form", zh = "满意度调查表" }

  [[arrival.items]]
  id = "bring-spare-parts"
  kind = "check"
  required = true
  title = { en = "Spare parts", zh = "备品备件" }

  [[arrival.items]]
  id = "bring-toolbox"
  kind = "check"
  required = true
  title = { en = "Toolbox and tools", zh = "工具箱和工具" }

  [[arrival.items]]
  id = "bring-ppe"
  kind = "check"
  required = true
  title = { en = "Personal protective equipment", zh = "个人防护用品" }

[[arrival]]
id = "introduce"
title = { en = "Crew introduced to the client", zh = "向客户介绍安装小组" }

  [[arrival.items]]
  id = "introduce-crew"
  kind = "check"
  required = true
  title = { en = "Crew and each member's duties introduced", zh = "介绍安装小组及各自职责" }
  help = { en = "The crew leader introduces every member and what each one is responsible for.", zh = "由组长介绍每位组员及其负责的工作。" }

  [[arrival.items]]
  id = "introduce-method"
  kind = "check"
  required = true
  title = { en = "Way of working and our site requirements explained", zh = "说明工作方法和本公司的现场要求" }

  [[arrival.items]]
  id = "introduce-supervision"
  kind = "check"
  required = true
  title = { en = "Client asked to supervise the crew", zh = "请客户对小组进行监督" }

  [[arrival.items]]
  id = "introduce-confirm-plan"
  kind = "check"
  required = true
  title = { en = "Installation plan and standards confirmed with the client", zh = "与客户确认安装调试计划和标准" }

[[arrival]]
id = "client-rules"
title = { en = "The client's rules", zh = "客户的规章制度" }

  [[arrival.items]]
  id = "client-rules-briefed"
  kind = "client-rules"
  required = true
  title = { en = "Client's rules and facilities briefed and recorded", zh = "请客户介绍规章制度和生活设施并记录" }
  help = { en = "Ask the client to present their main rules and the facilities the crew may use; ask for them in writing if possible. Each rule is kept on the site's list.", zh = "主动请客户介绍主要的规章制度和相关生活设施,最好取得书面注意事项。每条规定都记在本现场的清单上。" }

  [[arrival.items]]
  id = "client-rules-relayed"
  kind = "relay-to-crew"
  required = true
  title = { en = "Client's rules relayed to every crew member", zh = "已向每位组员传达客户的规定" }
  help = { en = "Every member confirms they were told the rules; a rule added later must be relayed again.", zh = "每位组员确认已知悉;之后新增的规定需要重新传达。" }

[[arrival]]
id = "areas"
title = { en = "Work and storage areas", zh = "工作地点和物品放置区域" }

  [[arrival.items]]
  id = "areas-agreed"
  kind = "areas"
  required = true
  title = { en = "Work area, storage area and custody agreed", zh = "确定工作地点、放置区域和保管责任" }
  help = { en = "Agree with the client where the crew works, where tools and materials are kept, and who is responsible for what is stored.", zh = "与客户确定工作地点、工具物料放置区域,以及保管责任人。" }

[[arrival]]
id = "liaisons"
title = { en = "The client's liaison people", zh = "客户的配合人员" }

  [[arrival.items]]
  id = "liaisons-introduced"
  kind = "liaisons"
  required = true
  title = { en = "Liaison people and their duties recorded", zh = "记录配合人员及其职责" }
  help = { en = "Politely ask the client to introduce the people who will work with the crew, and what each of them handles.", zh = "礼貌地请客户介绍配合人员以及他们的职责。" }

# ── Site rules: always on hand ────────────────────────────────────────────
[[rules]]
id = "dress"
title = { en = "Dress and appearance", zh = "着装和仪表" }
rules = [
  { en = "Wear the company's work clothes, clean and undamaged.", zh = "穿统一的工作服,保持整洁完好。" },
  { en = "Wear clothes properly: not draped over the shoulders, not open, collar down, straight.", zh = "着装规范,不披衣、不敞怀、不立领、不歪斜。" },
  { en = "Clean-shaven, no long hair; hair and face kept tidy.", zh = "胡须剃净,不留长发,头发和面容整洁。" },
  { en = "Wear the pass the client issued, as the client requires.", zh = "按规定佩戴客户发放的证件。" },
]

[[rules]]
id = "behaviour"
title = { en = "Civil behaviour", zh = "文明行为" }
rules = [
  { en = "No spitting; no littering.", zh = "不随地吐痰,不乱扔杂物。" },
  { en = "No writing on walls; never put up, remove or alter notices without permission.", zh = "不在墙上涂画,不擅自张贴或涂改各类通告。" },
  { en = "Never use the client's tools or equipment without the client's consent.", zh = "未经客户同意,不使用客户的工具和设备。" },
  { en = "Handle tools and parts gently; no rough work.", zh = "工具、零件轻拿轻放,不野蛮作业。" },
  { en = "Do not ride the goods lift unless carrying goods.", zh = "不搬运物品时不乘坐货运电梯。" },
  { en = "No smoking in workshops or offices; no smoking while walking on the premises.", zh = "车间和办公室内禁止吸烟,厂区内禁止边走边吸烟。" },
  { en = "No shouting, horseplay, chasing, quarrels or fights at work.", zh = "工作场所内不大声喧哗、嬉闹、追逐、吵架、打架。" },
  { en = "Take care of public property; damage nothing.", zh = "爱护公物,不随意损坏公共财物。" },
  { en = "Eat at the set times, queue, and keep the canteen tidy.", zh = "按规定时间用餐,遵守排队秩序,文明用餐。" },
  { en = "Keep to the site's hygiene rules and keep its facilities working.", zh = "遵守公共卫生要求,维护公共卫生设施正常运行。" },
]

[[rules]]
id = "five-s"
title = { en = "5S", zh = "5S规范" }
rules = [
  { en = "Never block a passage; keep walkways clear.", zh = "不占用公共通道,保持通道畅通。" },
  { en = "Keep the floor of your area clean; clear debris straight away.", zh = "保持自己区域地面整洁,及时清理杂物。" },
  { en = "Keep your tools and materials neatly where they belong.", zh = "自用的工具、物料按要求摆放整齐。" },
  { en = "Keep the documents and drawings you use complete and legible.", zh = "保持使用的文件和图纸完整清晰。" },
  { en = "Return borrowed trolleys and other items to their place as soon as you are done.", zh = "借用的拖车等物品用完及时归位归还。" },
  { en = "Take waste and scrap to the designated place promptly.", zh = "废品、废料及时清理到指定地点。" },
  { en = "Keep the product clean every day; do not let dust settle.", zh = "每天保持产品清洁,避免灰尘沉积。" },
  { en = "Label every fixture with its state and who is responsible.", zh = "做好每台夹具的标识,明确状态和责任人。" },
  { en = "Before leaving each day, clean up and put everything back in its place.", zh = "每天离开岗位前做好清洁,所有物品归位。" },
]

# Optional: proactive service on renovation sites (a company switches it on or leaves it out).
[[rules]]
id = "proactive"
optional = true
title = { en = "Proactive service (renovation sites)", zh = "主动服务细则(装修工地)" }
rules = [
  { en = "The project manager signs in on site every day; inspections sign in weekly; the designer signs in at each stage.", zh = "项目经理每天到工地签到,巡检每周签到,设计师每个阶段签到。" },
  { en = "Every week, tell the client how the whole site stands and what the client needs to do.", zh = "每周告知客户工地的整体情况以及客户需要做的事。" },
  { en = "Explain, unasked, how our workmanship differs from others'.", zh = "主动向客户说明我们的工艺与其他公司的区别。" },
  { en = "Explain, unasked, how our materials differ from others'.", zh = "主动向客户说明我们的材料与其他公司的区别。" },
  { en = "Carry the materials the client supplies, free of charge.", zh = "主动免费帮客户搬运甲供材料。" },
  { en = "Check the bare shell for quality problems and repair them free of charge.", zh = "主动帮客户检查毛坯房的质量问题并免费修补。" },
  { en = "Buy small fittings for the client when asked, within an agreed limit, with receipts.", zh = "在约定金额内帮客户代购小型辅材,并提供票据。" },
  { en = "Protect the client's main materials and equipment on site.", zh = "主动保护客户的主材和设备。" },
  { en = "Supervise the installation of the client's main materials and give advice.", zh = "主动监管主材安装并提出建议。" },
  { en = "Clear away the waste of the main materials.", zh = "主动清扫主材安装产生的垃圾。" },
]
"""#
}
