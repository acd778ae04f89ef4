import KamModel

/// First and last names for account managers and contacts, and contacts' job titles.
enum PersonNames {
    static let first = [
        "Anna", "Lukas", "Sofia", "Jonas", "Emma", "Felix", "Clara", "David", "Laura", "Martin",
        "Julia", "Thomas", "Sarah", "Daniel", "Lena", "Paul", "Marie", "Oliver", "Hannah", "Simon",
        "Eva", "Tobias", "Nina", "Jan", "Katrin", "Stefan", "Claire", "James", "Olivia", "Henrik",
        "Ingrid", "Pieter", "Sanne", "Marco", "Giulia", "Lucas", "Camille", "Pablo", "Elena", "Mikael",
        "Astrid", "Rachel", "Michael", "Fatima", "Yusuf", "Priya", "Arjun", "Mei", "Tomasz", "Agnieszka",
        "Ruth", "Graham", "Fiona", "Niamh", "Sean", "Carlos", "Ines", "Mathilde", "Kai", "Leonie",
    ]

    static let last = [
        "Keller", "Brandt", "Schneider", "Hoffmann", "Wagner", "Becker", "Fischer", "Weber", "Krause",
        "Vogel", "Lehmann", "Hartmann", "Schulz", "Zimmermann", "Richter", "Baumann", "Lang", "Walter",
        "Smith", "Taylor", "Clarke", "Hughes", "Morgan", "Bennett", "Fletcher", "Harper", "Wright", "Doyle",
        "Lindberg", "Nyberg", "Andersen", "Halvorsen", "Virtanen", "Jansen", "de Groot", "Bakker",
        "Visser", "Rossi", "Bianchi", "Moreau", "Lefevre", "Garcia", "Fernandez", "Silva", "Kowalski",
        "Nowak", "Novak", "Horvat", "Dubois", "Costa", "Meyer", "Wolf", "Schwarz", "Peters", "O'Brien",
        "Murphy", "Patel", "Khan", "Chen", "Larsen",
    ]

    /// The id of a manager: `m-` and the name in lower case with dashes, such as `m-anna-keller`.
    static func managerID(_ name: String) -> String {
        var id = "m-"
        var lastWasDash = true
        for ch in name.lowercased() {
            if ch.isLetter || ch.isNumber {
                id.append(ch)
                lastWasDash = false
            } else if !lastWasDash {
                id.append("-")
                lastWasDash = true
            }
        }
        if id.hasSuffix("-") { id.removeLast() }
        return id
    }

    /// Job titles of contacts, by buying role and seniority.
    static func titles(role: BuyingRole, senior: Bool) -> [String] {
        switch (role, senior) {
        case (.user, false): ["Production Planner", "Warehouse Lead", "Buyer", "Operations Specialist", "Team Lead Service", "Plant Engineer"]
        case (.user, true): ["Head of Operations", "Plant Manager", "Director of Service"]
        case (.evaluator, false): ["Category Manager", "Quality Engineer", "IT Architect", "Technical Buyer", "Project Manager"]
        case (.evaluator, true): ["Head of Engineering", "Head of Quality", "Head of IT", "Director Supply Chain"]
        case (.decisionMaker, false): ["Procurement Manager", "Purchasing Manager", "Strategic Buyer"]
        case (.decisionMaker, true): ["Head of Procurement", "VP Operations", "Chief Procurement Officer", "COO"]
        case (.approver, false): ["Controller", "Legal Counsel", "Budget Owner"]
        case (.approver, true): ["CFO", "Managing Director", "CEO", "Finance Director"]
        }
    }
}
