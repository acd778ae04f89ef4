import KamModel

/// A figure or attribute the import reads from one column of the order-line file.
public enum ImportField: Hashable, Sendable, CustomStringConvertible {
    /// The account id (required).
    case account
    case name
    /// The order date (required).
    case date
    /// Revenue of the order line (required).
    case revenue
    /// Gross profit of the order line.
    case profit
    case segment
    case manager
    case industry
    /// One category of cost to serve (`cts.support=...`).
    case costToServe(CostCategory)
    /// Cost to serve as a single total (`cts=...`).
    case costToServeTotal

    /// Every field, in the order they are listed in messages.
    public static let all: [ImportField] = [
        .account, .name, .date, .revenue, .profit, .segment, .manager, .industry, .costToServeTotal,
    ] + CostCategory.allCases.map { .costToServe($0) }

    /// The fields a file must provide, mapped or recognised.
    public static let required: [ImportField] = [.account, .date, .revenue]

    /// The key used in `--columns` (`account`, `cts.support`, `cts`).
    public var key: String {
        switch self {
        case .account: "account"
        case .name: "name"
        case .date: "date"
        case .revenue: "revenue"
        case .profit: "profit"
        case .segment: "segment"
        case .manager: "manager"
        case .industry: "industry"
        case .costToServe(let category): "cts.\(category.rawValue)"
        case .costToServeTotal: "cts"
        }
    }

    public var description: String { key }

    /// The field named by a `--columns` key, compared without case or punctuation
    /// (`cts.accountTeam`, `cts.account-team` and `CTS.AccountTeam` are the same).
    public init?(key: String) {
        let wanted = HeaderName.normalized(key)
        guard let field = ImportField.all.first(where: { HeaderName.normalized($0.key) == wanted }) else {
            return nil
        }
        self = field
    }

    /// Whether the field holds an amount (revenue, profit, cost to serve).
    var isAmount: Bool {
        switch self {
        case .revenue, .profit, .costToServe, .costToServeTotal: true
        default: false
        }
    }

    /// Whether the field is cost to serve, as a total or by category.
    var isCostToServe: Bool {
        switch self {
        case .costToServe, .costToServeTotal: true
        default: false
        }
    }

    /// Header names recognised for this field without a mapping, normalised (see
    /// `HeaderName.normalized`), best first.
    var headerSynonyms: [String] {
        switch self {
        case .account:
            ["customerid", "accountid", "account", "customer", "customernumber", "customerno", "customernr",
             "accountnumber", "accountno", "clientid", "client", "kunde", "kundenid", "kundennummer",
             "kundennr", "debitor", "debitornummer"]
        case .name:
            ["customername", "accountname", "company", "companyname", "clientname", "name", "kundenname",
             "firma"]
        case .date:
            ["orderdate", "date", "invoicedate", "transactiondate", "bookingdate", "datum", "bestelldatum",
             "auftragsdatum", "rechnungsdatum", "belegdatum"]
        case .revenue:
            ["sales", "revenue", "amount", "netsales", "netrevenue", "salesamount", "netamount",
             "invoiceamount", "umsatz", "nettoumsatz"]
        case .profit:
            ["profit", "grossprofit", "margin", "grossmargin", "rohertrag", "deckungsbeitrag", "gewinn"]
        case .segment:
            ["segment", "customersegment", "accountsegment", "kundensegment"]
        case .manager:
            ["manager", "accountmanager", "keyaccountmanager", "salesrep", "salesrepresentative",
             "accountowner", "owner", "kam", "betreuer", "kundenbetreuer"]
        case .industry:
            ["industry", "sector", "vertical", "branche"]
        case .costToServeTotal:
            ["costtoserve", "cts", "servicecost", "costtoservetotal"]
        case .costToServe(let category):
            ["costtoserve\(category.rawValue.lowercased())", "cts\(category.rawValue.lowercased())"]
        }
    }
}

/// How header names and `--columns` keys are compared: without case, spaces or punctuation.
enum HeaderName {
    /// `Customer ID`, `customer_id` and `CUSTOMER-ID` all become `customerid`.
    static func normalized(_ text: String) -> String {
        String(String.UnicodeScalarView(text.lowercased().unicodeScalars.filter {
            $0.properties.isAlphabetic || $0.properties.numericType != nil
        }))
    }
}
