/// The demo site's names and notes in each language (sample data, not the standard).
struct DemoText {
    var siteName: String
    var address: String
    var client: String
    var projectManager: String
    var engineeringHead: String
    var crew: [(String, String)]
    var liaisons: [(String, String, String)]
    var clientRules: [String]
    var workArea: String
    var sparePartsNote: String

    static let english = DemoText(
        siteName: "Northgate Bottling — Line 3 filler installation",
        address: "14 Harbour Road, Building C, Northgate",
        client: "Northgate Bottling Co.",
        projectManager: "Helen Carter",
        engineeringHead: "Raj Patel",
        crew: [("Tom Baker", "Crew leader"), ("Ana Lima", "Fitter"), ("Wei Zhang", "Electrician"), ("Sam Okafor", "Fitter")],
        liaisons: [
            ("Mark Hughes", "Production manager: approves work each day, signs the daily record", "+44 20 7946 0958"),
            ("Lucy Grant", "Safety officer: permits for hot work and lifting", "+44 20 7946 0321"),
        ],
        clientRules: [
            "Safety shoes, hi-vis vest and hearing protection in the bottling hall",
            "Hot work (welding, grinding) only with a permit from the safety officer",
            "No food or drink beyond the yellow line",
            "Visitors and crew sign in at gate 2 before 07:45",
        ],
        workArea: "Line 3, bays 12 to 15, behind the blue barrier",
        sparePartsNote: "Spare seals and the second valve set arrive with Thursday's delivery.")

    static let chinese = DemoText(
        siteName: "华东饮料 三号线灌装机安装",
        address: "上海市浦东新区港城路88号 C栋",
        client: "华东饮料有限公司",
        projectManager: "陈海燕",
        engineeringHead: "刘建国",
        crew: [("王强", "组长"), ("李娜", "钳工"), ("张伟", "电工"), ("赵磊", "钳工")],
        liaisons: [
            ("周明", "生产部经理:每日确认工作并在工作记录上签字", "021-5888 1234"),
            ("孙丽", "安全员:负责动火和吊装作业许可", "138 1234 5678"),
        ],
        clientRules: [
            "灌装车间内必须穿安全鞋、反光背心并佩戴护耳",
            "动火作业(焊接、打磨)须持安全员签发的许可证",
            "黄线以内禁止饮食",
            "人员须在7:45前于2号门登记进厂",
        ],
        workArea: "三号线12至15号工位,蓝色围挡内",
        sparePartsNote: "备用密封件和第二套阀组随周四的货一起到。")

    /// The text of a demo site: the one in full swing, or the finished one (another client, same crew).
    static func text(_ language: Language, closed: Bool) -> DemoText {
        var text = language == .chinese ? chinese : english
        guard closed else { return text }
        if language == .chinese {
            text.siteName = "江南乳业 CIP清洗站改造"
            text.address = "苏州市工业园区星湖街200号 乳品车间"
            text.client = "江南乳业股份有限公司"
            text.liaisons = [("顾晓梅", "设备部主管:验收并签署交付报告", "0512-6666 2020")]
            text.workArea = "乳品车间CIP站及旁边的备件间"
        } else {
            text.siteName = "Riverside Dairy — CIP skid upgrade"
            text.address = "2 Mill Lane, Riverside Industrial Park"
            text.client = "Riverside Dairy Ltd."
            text.liaisons = [("Grace Lin", "Maintenance manager: accepts the work and signs the delivery report", "+44 161 496 0777")]
            text.workArea = "The CIP room and the spares store beside it"
        }
        return text
    }
}
