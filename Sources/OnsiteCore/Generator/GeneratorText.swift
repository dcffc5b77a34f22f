/// The words of a generated site: a long warehouse and production-line fit-out (sample data for benchmarks and tests).
enum GeneratorText {
    static let siteName = "Riverside Logistics Centre — conveyor and sorter installation"
    static let address = "220 Quay Street, Halls A–F, Riverside"
    static let client = "Riverside Logistics Ltd."
    static let projectManager = "Helen Carter"
    static let engineeringHead = "Raj Patel"
    static let crew = [
        ("Tom Baker", "Crew leader"), ("Ana Lima", "Fitter"), ("Wei Zhang", "Electrician"),
        ("Sam Okafor", "Fitter"), ("Priya Nair", "Controls technician"),
    ]
    static let liaisons = [
        ("Mark Hughes", "Operations manager: approves work each day, signs the daily record", "+44 20 7946 0958"),
        ("Lucy Grant", "Safety officer: permits for hot work, lifting and work at height", "+44 20 7946 0321"),
        ("Dev Shah", "Facilities: power, compressed air and access cards", "+44 20 7946 0777"),
    ]
    static let clientRules = [
        "Safety shoes, hi-vis vest and helmet in every hall",
        "Hot work only with a permit from the safety officer",
        "Work at height only from a checked platform, with a harness",
        "Forklift lanes are kept clear at all times",
        "Crew and visitors sign in at gate 2 before 07:45",
        "No food or drink in the sorting halls",
    ]
    static let workArea = "Halls A to F, conveyor route between the yellow lines"
    static let storageArea = "Container 3 beside gate 2, locked after work"
    static let custody = "Tools and cable drums in container 3"

    static let halls = ["A", "B", "C", "D", "E", "F"]
    static let tasks = [
        "Set conveyor frames on their feet and level them", "Bolt the bend sections together", "Fit the drive units",
        "Run cable trays along the mezzanine", "Pull power cables to the motor starters", "Wire the photo-eye sensors",
        "Mount the emergency-stop pull cords", "Align and tension the belts", "Fit the side guards",
        "Install the spiral chute", "Terminate control cables in the panel", "Label cables at both ends",
        "Test the emergency stops with the client", "Run the sorter empty for an hour", "Fit the diverter shoes",
        "Paint touch-ups on the support legs", "Anchor the mezzanine stairs", "Fix the walkway handrails",
    ]
    static let progress = [
        "Conveyor frames levelled", "Bend sections bolted", "Drive unit fitted and aligned", "Cable tray fixed",
        "Power cables pulled to the starters", "Photo-eyes wired and tested", "Pull cords mounted and tensioned",
        "Belt tracked and tensioned", "Side guards fitted", "Chute installed and anchored", "Control cables terminated",
        "Cables labelled", "Emergency stops tested with the client: all passed", "Sorter ran empty without faults",
        "Diverter shoes fitted", "Support legs painted", "Stairs anchored and checked", "Handrails fixed",
        "Tea break", "Lunch break", "Materials checked in from the morning delivery", "Waste taken to the skip",
    ]
    static let situations = [
        "Forklift queue at gate 2: waited 40 min", "Power off in the hall for the client's maintenance",
        "Fire alarm test: hall evacuated for 15 min", "Delivery arrived two hours late",
        "Client's safety walk-round: no remarks", "Rain through the roof light: area covered",
        "Client moved pallets into the work area; cleared together", "Permit for hot work granted at 10:30",
    ]
    static let problems = [
        "Drive unit runs hot after 20 minutes", "Belt drifts to the left at the tail pulley",
        "Photo-eye misses dark parcels", "Frame foot does not sit flat on the uneven floor",
        "Cable tray clashes with the sprinkler pipe", "Emergency stop does not latch",
        "Motor starter trips on start-up", "Diverter shoe sticks on the return run",
        "Bolt holes in the bend section do not line up", "Chute outlet catches the corner of large boxes",
        "Noise from a bearing on the return roller", "Paint damaged on delivery", "Panel door does not close over the new cables",
    ]
    static let solutions = [
        "Check the gearbox oil and the motor's wiring", "Adjust the tail pulley and retrack the belt",
        "Change the sensor's angle and sensitivity", "Shim the foot and re-anchor", "Reroute the tray 200 mm lower",
        "Replace the latch block", "Set the starter's current limit", "Clean and grease the guide", "Drill new holes on site",
        "Fit a guide plate at the outlet", "Replace the bearing", "Touch up the paint", "Fit a deeper door",
    ]
    static let extraWork = [
        "Moved the client's shelving out of the conveyor route", "Fitted an extra socket at the packing table",
        "Repaired the client's damaged guard rail", "Extended a cable tray to the client's office",
        "Installed a kick plate the client asked for", "Moved a fire extinguisher bracket",
    ]
    static let borrowed = [
        "Pallet jack (yellow, no. 7)", "Scissor lift (no. 2)", "Extension ladder 6 m", "Cable drum stand", "Work light",
    ]
    static let materials = [
        ("M12 anchor bolts", "200 pcs"), ("Cable tray 300 mm, galvanised", "20 m"), ("Belt lacing", "4 sets"),
        ("Cable ties, large", "2 bags"), ("Touch-up paint, RAL 5015", "3 tins"), ("Photo-eye reflectors", "12 pcs"),
    ]
    static let commendation = "Labelled every cable at both ends without being asked"
    static let incident = "Left a ladder in the forklift lane; moved at once and reminded"
    static let exceptionReason = "Mark was called to a meeting off site; agreed by phone, will sign in the morning"
    static let otherCaution = "Client's night shift starts at 18:00: leave the halls clear"
}
