import KamModel

/// An industry the demo's accounts work in, with what shapes its figures and its names.
enum Industry: CaseIterable, Sendable {
    case manufacturing, logistics, healthcare, retail, energy, software, food, chemicals,
         automotive, telecom, construction, education, publicAdministration

    /// The industry as shown in the account's `industry` field.
    var title: String {
        switch self {
        case .manufacturing: "Manufacturing"
        case .logistics: "Logistics"
        case .healthcare: "Healthcare"
        case .retail: "Retail"
        case .energy: "Energy"
        case .software: "Software"
        case .food: "Food and beverage"
        case .chemicals: "Chemicals"
        case .automotive: "Automotive"
        case .telecom: "Telecommunications"
        case .construction: "Construction"
        case .education: "Education"
        case .publicAdministration: "Public administration"
        }
    }

    /// Industries of commercial accounts, with their weights.
    static let commercial: [(Industry, Double)] = [
        (.manufacturing, 5), (.logistics, 3), (.healthcare, 2), (.retail, 3), (.energy, 2),
        (.software, 2), (.food, 2), (.chemicals, 2), (.automotive, 2), (.telecom, 1), (.construction, 1.5),
    ]

    /// Industries of public-sector accounts, with their weights.
    static let publicSector: [(Industry, Double)] = [
        (.healthcare, 3), (.energy, 2), (.logistics, 1), (.education, 2), (.publicAdministration, 3),
    ]

    /// Typical gross margin of what we sell into the industry, as a fraction.
    var typicalMargin: Double {
        switch self {
        case .software: 0.38
        case .healthcare: 0.32
        case .chemicals, .telecom: 0.29
        case .manufacturing, .education, .publicAdministration: 0.27
        case .automotive, .energy: 0.23
        case .food, .construction: 0.22
        case .logistics: 0.19
        case .retail: 0.17
        }
    }

    /// Revenue factor for quarters 1 to 4: the industry's seasonality.
    var seasonality: [Double] {
        switch self {
        case .retail, .food: [0.90, 0.96, 1.00, 1.14]
        case .energy: [1.12, 0.92, 0.88, 1.08]
        case .construction: [0.84, 1.06, 1.12, 0.98]
        case .publicAdministration, .education, .healthcare: [0.90, 0.98, 0.94, 1.18]
        case .software, .telecom: [0.94, 0.98, 0.96, 1.12]
        case .logistics: [0.95, 0.98, 1.00, 1.07]
        case .manufacturing, .chemicals, .automotive: [1.02, 1.03, 0.93, 1.02]
        }
    }

    /// The seasonality factor of `quarter`, against the year's average.
    func seasonFactor(_ quarter: Quarter) -> Double {
        let factors = seasonality
        return factors[quarter.quarter - 1] * 4 / factors.reduce(0, +)
    }

    /// How likely the account needs custom logistics (dedicated routes, consignment stock, kitting).
    var customLogisticsChance: Double {
        switch self {
        case .retail, .logistics, .food, .automotive, .manufacturing: 0.45
        case .construction, .chemicals, .healthcare, .energy: 0.3
        case .software, .telecom, .education, .publicAdministration: 0.08
        }
    }

    /// The industry word in English company names: "Brightwater Health Systems".
    var englishWords: [String] {
        switch self {
        case .manufacturing: ["Industries", "Engineering", "Manufacturing", "Precision", "Components", "Machinery", "Tooling"]
        case .logistics: ["Logistics", "Freight", "Shipping", "Distribution", "Transport", "Cargo", "Supply Chain"]
        case .healthcare: ["Health Systems", "Medical", "Healthcare", "Clinics", "Diagnostics", "Pharma", "Care Group"]
        case .retail: ["Retail", "Stores", "Markets", "Home & Living", "Fashion", "Outlets", "Trading"]
        case .energy: ["Energy", "Power", "Utilities", "Renewables", "Grid", "Solar", "Wind"]
        case .software: ["Software", "Systems", "Digital", "Data", "Cloud", "Analytics", "Technologies"]
        case .food: ["Foods", "Dairy", "Beverages", "Bakeries", "Brewing", "Fresh Produce", "Nutrition"]
        case .chemicals: ["Chemicals", "Coatings", "Polymers", "Materials", "Specialty Chemicals", "Plastics"]
        case .automotive: ["Automotive", "Motors", "Drivetrain", "Mobility", "Vehicle Systems", "Auto Parts"]
        case .telecom: ["Telecom", "Networks", "Communications", "Fibre", "Connect", "Mobile"]
        case .construction: ["Construction", "Building", "Infrastructure", "Developments", "Civil Works", "Homes"]
        case .education: ["Learning", "Education", "Academies", "Training", "Schools"]
        case .publicAdministration: ["Services", "Public Services", "Facilities", "Shared Services"]
        }
    }

    /// The industry word in German company names: "Nordhafen Logistik GmbH".
    var germanWords: [String] {
        switch self {
        case .manufacturing: ["Maschinenbau", "Industrietechnik", "Werkzeugbau", "Feinmechanik", "Anlagenbau", "Metallwerke"]
        case .logistics: ["Logistik", "Spedition", "Transporte", "Lagerlogistik", "Frachtdienste"]
        case .healthcare: ["Medizintechnik", "Kliniken", "Gesundheit", "Pharma", "Labordiagnostik"]
        case .retail: ["Handel", "Warenhaus", "Markt", "Versandhandel", "Einzelhandel"]
        case .energy: ["Energie", "Stromversorgung", "Energiesysteme", "Solartechnik", "Netze"]
        case .software: ["Software", "Informatik", "Systemhaus", "Datentechnik", "Digital"]
        case .food: ["Lebensmittel", "Molkerei", "Brauerei", "Backwaren", "Feinkost"]
        case .chemicals: ["Chemie", "Kunststoffe", "Lacke", "Werkstoffe", "Spezialchemie"]
        case .automotive: ["Fahrzeugtechnik", "Automobil", "Antriebstechnik", "Zulieferteile"]
        case .telecom: ["Telekommunikation", "Netzwerke", "Kommunikation", "Glasfaser"]
        case .construction: ["Bau", "Bauunternehmung", "Hochbau", "Tiefbau", "Wohnbau"]
        case .education: ["Bildung", "Akademie", "Weiterbildung"]
        case .publicAdministration: ["Dienstleistungen", "Verwaltungsdienste", "Facility Services"]
        }
    }
}

/// The demo's three segments and how they shape an account.
enum Segment: Int, CaseIterable, Sendable {
    case enterprise, midMarket, publicSector

    var title: String {
        switch self {
        case .enterprise: "Enterprise"
        case .midMarket: "Mid-market"
        case .publicSector: "Public sector"
        }
    }

    /// Share of accounts in the segment.
    var weight: Double {
        switch self {
        case .enterprise: 0.35
        case .midMarket: 0.45
        case .publicSector: 0.20
        }
    }

    /// Revenue factor against the portfolio median.
    var sizeFactor: Double {
        switch self {
        case .enterprise: 2.2
        case .midMarket: 0.6
        case .publicSector: 1.0
        }
    }
}
