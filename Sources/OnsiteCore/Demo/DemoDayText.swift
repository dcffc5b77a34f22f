/// The demo's worked days in each language (sample data, not the standard).
struct DemoDayText {
    var tasks: [String]
    /// Log entries for each worked day, oldest day first; the third of a day is a special situation.
    var log: [[String]]
    var problem: String
    var problemSolution: String
    var extraWork: String
    var extraWorkQuantity: String
    var borrowedItem: String
    var borrowedCondition: String
    var exceptionReason: String
    var shortItem: String
    var shortQuantity: String
    var commendation: String
    var commendationNote: String

    static let english = DemoDayText(
        tasks: [
            "Set the filler frame on its feet and level it", "Run the cable trays from the MCC to bay 14",
            "Fit the product valves, side A", "Pressure-test the CIP return line", "Wire the infeed conveyor sensors",
        ],
        log: [
            ["Filler frame unloaded and placed in bay 13", "Anchor holes marked with the client's surveyor", "Leak found on the CIP return valve during the client's line test"],
            ["Frame levelled to 0.5 mm, anchors set", "Cable trays fixed from the MCC to bay 12", "Forklift queue at gate 2: waited 40 min"],
            ["Product valves fitted, side A", "Infeed conveyor positioned", "Power cut in hall C from 14:00 to 14:45"],
            ["Sensors wired on the infeed conveyor", "Side B valves half fitted", "Client's safety walk-round: no remarks"],
        ],
        problem: "CIP return valve leaks at 3 bar during the pressure test",
        problemSolution: "Replace the valve seal; a spare seal comes with Thursday's delivery",
        extraWork: "Moved the client's cable tray over bay 12 to clear the filler",
        extraWorkQuantity: "3 h, 2 people",
        borrowedItem: "Pallet jack (yellow, no. 7)",
        borrowedCondition: "Good, front wheel worn",
        exceptionReason: "Mark was called to a supplier meeting off site; agreed by phone, will sign tomorrow",
        shortItem: "Cable tray 300 mm, galvanised",
        shortQuantity: "20 m",
        commendation: "Works carefully and in order",
        commendationNote: "Labelled every cable at both ends without being asked")

    static let chinese = DemoDayText(
        tasks: ["灌装机机架就位并调平", "从配电柜到14号工位敷设电缆桥架", "安装A侧产品阀", "CIP回水管路试压", "进料输送机传感器接线"],
        log: [
            ["灌装机机架卸车并放置在13号工位", "与客户测量员一起划定地脚螺栓孔位", "客户管线试压时发现CIP回水阀泄漏"],
            ["机架调平至0.5毫米,地脚螺栓安装完毕", "配电柜至12号工位电缆桥架固定完毕", "2号门叉车排队,等待40分钟"],
            ["A侧产品阀安装完毕", "进料输送机就位", "C车间14:00至14:45停电"],
            ["进料输送机传感器接线完毕", "B侧阀门安装过半", "客户安全巡查:无意见"],
        ],
        problem: "试压时CIP回水阀在3巴压力下泄漏",
        problemSolution: "更换阀门密封件;备用密封件随周四的货一起到",
        extraWork: "移开12号工位上方客户的电缆桥架,为灌装机让位",
        extraWorkQuantity: "3小时,2人",
        borrowedItem: "液压搬运车(黄色,7号)",
        borrowedCondition: "完好,前轮有磨损",
        exceptionReason: "周明经理外出参加供应商会议,电话同意,明天补签",
        shortItem: "300毫米镀锌电缆桥架",
        shortQuantity: "20米",
        commendation: "工作认真细致、有条理",
        commendationNote: "主动为每根电缆两端贴好标签")
}
