/// Plausible, unique company names composed from word lists, such as "Nordhafen Logistik GmbH".
///
/// A name is stem + industry word + legal form, in a language flavour that fits the stem.
/// Public-sector accounts get institutional patterns ("Stadtwerke Altmark", "Redhill NHS
/// Foundation Trust"). When a name is taken, a few fresh draws are tried, then a regional
/// qualifier ("Castellan Foods Iberia plc"), then a numbered entity ("Castellan Foods No. 7
/// plc"), so names stay unique at any portfolio size.
struct CompanyNames {
    private var used = Set<String>()

    /// A name not handed out before by this generator.
    mutating func make(industry: Industry, publicSector: Bool, random: inout DemoRandom) -> String {
        for _ in 0..<4 {
            let name = publicSector ? Self.institution(industry, &random) : Self.company(industry, &random).text()
            if used.insert(name).inserted { return name }
        }
        for _ in 0..<4 {
            let name = Self.company(industry, &random).text(qualifier: random.pick(Self.regions))
            if used.insert(name).inserted { return name }
        }
        let base = Self.company(industry, &random)
        var number = 2
        while true {
            let name = base.text(qualifier: "No. \(number)")
            if used.insert(name).inserted { return name }
            number += 1
        }
    }

    /// The parts of a company name.
    private struct Parts {
        var stem: String
        var word: String
        var legal: String

        /// "Castellan Foods plc", or with a qualifier before the legal form: "Castellan Foods Iberia plc".
        func text(qualifier: String? = nil) -> String {
            if let qualifier { return "\(stem) \(word) \(qualifier) \(legal)" }
            return "\(stem) \(word) \(legal)"
        }
    }

    /// A language flavour: its stems, industry words and legal forms go together.
    private enum Flavour: CaseIterable {
        case german, english, nordic, dutch, romance
    }

    private static func company(_ industry: Industry, _ random: inout DemoRandom) -> Parts {
        let flavour = Flavour.allCases[random.weightedIndex([3, 4, 1.2, 1, 1.5])]
        return Parts(stem: random.pick(stems(flavour)),
                     word: random.pick(flavour == .german ? industry.germanWords : industry.englishWords),
                     legal: random.pick(legalForms(flavour)))
    }

    private static func institution(_ industry: Industry, _ random: inout DemoRandom) -> String {
        let german = random.pick(stems(.german))
        let english = random.pick(stems(.english))
        let nordic = random.pick(stems(.nordic))
        let patterns: [String]
        switch industry {
        case .healthcare:
            patterns = ["\(english) NHS Foundation Trust", "Klinikum \(german)", "\(nordic) Regional Hospital",
                        "Universitätsklinikum \(german)", "\(english) Health Board"]
        case .energy:
            patterns = ["Stadtwerke \(german)", "\(english) Water Authority", "\(nordic) Energiverk",
                        "Wasserverband \(german)"]
        case .logistics:
            patterns = ["Port of \(nordic)", "Hafenbetriebe \(german)", "\(english) Transport Authority",
                        "Verkehrsbetriebe \(german)"]
        case .education:
            patterns = ["University of \(english)", "Hochschule \(german)", "\(nordic) University",
                        "\(english) College Group"]
        default:
            patterns = ["\(english) County Council", "Landkreis \(german)", "\(nordic) kommun",
                        "Stadtverwaltung \(german)", "\(english) City Council"]
        }
        return random.pick(patterns)
    }

    private static func stems(_ flavour: Flavour) -> [String] {
        switch flavour {
        case .german: germanStems
        case .english: englishStems
        case .nordic: nordicStems
        case .dutch: dutchStems
        case .romance: romanceStems
        }
    }

    private static func legalForms(_ flavour: Flavour) -> [String] {
        switch flavour {
        case .german: ["GmbH", "GmbH", "AG", "SE", "GmbH & Co. KG"]
        case .english: ["plc", "Ltd", "Ltd", "Inc.", "Group plc", "LLC"]
        case .nordic: ["AB", "AS", "Oy", "A/S"]
        case .dutch: ["B.V.", "B.V.", "N.V."]
        case .romance: ["S.A.", "S.p.A.", "SAS", "S.L.", "S.r.l."]
        }
    }

    private static let germanStems = [
        "Nordhafen", "Rheinwerk", "Altmark", "Eichenfeld", "Lindenau", "Falkenberg", "Steinbach",
        "Rosenheim", "Waldkirch", "Brandstetter", "Hohenstein", "Kranich", "Sonnenfeld", "Elbtal",
        "Bergmann", "Havelland", "Mainfeld", "Isarwerk", "Weserland", "Schwarzwald", "Donautal",
        "Auerbach", "Tannenhof", "Ostwind", "Lichtenau", "Hirschberg", "Bodensee", "Moselgrund",
        "Ahrenshoop", "Kesselring", "Wittenbrook", "Fichtner", "Harzblick", "Spreewald", "Ulmenhof",
    ]

    private static let englishStems = [
        "Brightwater", "Castellan", "Redhill", "Ashford", "Kingsbridge", "Harrowgate", "Blackmoor",
        "Westbury", "Oakridge", "Silverline", "Stonegate", "Thornbury", "Fairhaven", "Northgate",
        "Crestwood", "Highfield", "Kestrel", "Marlow", "Pembroke", "Whitcombe", "Greystone", "Holloway",
        "Larkspur", "Meridian", "Bramley", "Cobalt", "Harbourside", "Ironbridge", "Juniper", "Wexford",
        "Sterling", "Tamworth", "Beacon", "Cheltenham", "Riverside", "Summit", "Windmere", "Foxley",
    ]

    private static let nordicStems = [
        "Fjordvik", "Nordlys", "Skagen", "Solberg", "Vasterby", "Lindqvist", "Havbro", "Kallstrom",
        "Tromsvik", "Ekholm", "Bergvall", "Isafjord", "Stormberg", "Aalund", "Granlund", "Sundby",
    ]

    private static let dutchStems = [
        "Zeeland", "Van der Berg", "Delfshaven", "Oosterhout", "Kampen", "Waalwijk", "Hoogeveen",
        "Brabant", "Lindeboom", "De Vries", "Ijsselstein", "Noordkade",
    ]

    private static let romanceStems = [
        "Castellana", "Vitalis", "Montelupo", "Lumiere", "Aurelia", "Sierra Azul", "Valdoro",
        "Belcastro", "Rivabella", "Provence", "Costa Verde", "Alcantara", "Marchetti", "Duval",
        "Serrano", "Bellagio", "Navarra", "Ferrante",
    ]

    private static let regions = [
        "Iberia", "Nordic", "Benelux", "UK", "Central Europe", "Alpine", "Baltic", "Deutschland",
        "France", "Italia", "Polska", "Austria", "Schweiz", "Ireland", "Danmark", "Scotland",
    ]
}
