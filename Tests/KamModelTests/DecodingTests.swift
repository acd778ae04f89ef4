import Testing
@testable import KamModel

/// Shape problems found while decoding: types, required members, formats, enum values.
@Suite struct DecodingTests {
    @Test func reportsAWrongType() throws {
        #expect(try Samples.problems { $0[["accounts", 0, "quarters", "2025Q2", "revenue"]] = .string("120k") }
            == [#"accounts[0].quarters["2025Q2"].revenue: must be a number"#])
        #expect(try Samples.problems { $0[["accounts", 1, "name"]] = .number(3) } == ["accounts[1].name: must be a string"])
        #expect(try Samples.problems { $0[["accounts", 0, "contacts", 0, "senior"]] = .string("yes") }
            == ["accounts[0].contacts[0].senior: must be true or false"])
        #expect(try Samples.problems { $0[["accounts", 0, "contacts"]] = .object(JSONObject()) } == [
            "accounts[0].contacts: must be an array",
            // The activity names a contact that could not be read.
            #"accounts[0].activities[0].contact: unknown contact "c1"; it must be the id of one of this account's contacts"#,
        ])
        #expect(try Samples.problems { $0[["settings"]] = .array([]) } == ["settings: must be an object"])
        #expect(try Samples.problems { $0[["settings", "noContactDays"]] = .number(30.5) }
            == ["settings.noContactDays: must be a whole number"])
        #expect(try Samples.problems { $0[["accounts", 0, "quarters", "2025Q2", "nps", "promoters"]] = .number(2.5) }
            == [#"accounts[0].quarters["2025Q2"].nps.promoters: must be a whole number"#])
        #expect(try Samples.problems { $0[["accounts", 0, "quarters", "2025Q2", "custom", "trainingHours"]] = .string("6") }
            == [#"accounts[0].quarters["2025Q2"].custom.trainingHours: must be a number"#])
    }

    @Test func reportsMissingRequiredMembers() throws {
        let required: [([PathStep], String?)] = [
            (["name"], "name: is required"),
            (["managers", 0, "email"], nil),
            (["managers", 1, "name"], "managers[1].name: is required"),
            (["accounts", 1, "id"], "accounts[1].id: is required"),
            (["accounts", 0, "name"], "accounts[0].name: is required"),
            (["accounts", 1, "segment"], "accounts[1].segment: is required"),
            (["accounts", 0, "contacts", 1, "name"], "accounts[0].contacts[1].name: is required"),
            (["accounts", 0, "activities", 0, "date"], "accounts[0].activities[0].date: is required"),
            (["accounts", 0, "activities", 0, "kind"], "accounts[0].activities[0].kind: is required"),
            (["accounts", 0, "opportunities", 0, "stage"], "accounts[0].opportunities[0].stage: is required"),
            (["accounts", 0, "opportunities", 0, "value"], "accounts[0].opportunities[0].value: is required"),
            (["accounts", 0, "opportunities", 0, "expectedClose"], "accounts[0].opportunities[0].expectedClose: is required"),
            (["accounts", 0, "opportunities", 0, "lastChanged"], "accounts[0].opportunities[0].lastChanged: is required"),
            (["accounts", 0, "objectives", 0, "title"], "accounts[0].objectives[0].title: is required"),
            (["accounts", 0, "quarters", "2025Q2", "csat", "responses"], #"accounts[0].quarters["2025Q2"].csat.responses: is required"#),
            (["scorecard", "perspectives", 1, "name"], "scorecard.perspectives[1].name: is required"),
            (["scorecard", "perspectives", 0, "kpis", 2, "metric"], "scorecard.perspectives[0].kpis[2].metric: is required"),
            (["scorecard", "perspectives", 0, "kpis", 2, "target"], "scorecard.perspectives[0].kpis[2].target: is required"),
            (["scorecard", "overrides", 0, "reason"], "scorecard.overrides[0].reason: is required"),
            (["scorecard", "overrides", 0, "expires"], "scorecard.overrides[0].expires: is required"),
        ]
        for (path, message) in required {
            let found = try Samples.problems { $0[path] = nil }
            #expect(found == (message.map { [$0] } ?? []), "\(found)")
        }
        // A missing id also leaves the records that referred to it pointing nowhere.
        #expect(try Samples.problems { $0[["managers", 0, "id"]] = nil } == [
            "managers[0].id: is required",
            #"accounts[0].manager: unknown manager "ana"; it must be the id of one of the workspace's managers"#,
            #"scorecard.overrides[0].setBy: unknown manager "ana""#,
        ])
    }

    @Test func reportsMissingAccountManagerOnlyOnce() throws {
        // The missing manager is not also reported as an unknown manager "".
        #expect(try Samples.problems { $0[["accounts", 0, "manager"]] = nil } == ["accounts[0].manager: is required"])
    }

    @Test func reportsMalformedQuarterKeys() throws {
        for key in ["2025Q5", "25Q1", "2025-Q1", "2025q1"] {
            let problems = try Samples.problems {
                $0[["accounts", 1, "quarters", .key(key)]] = .object(JSONObject([("revenue", .number(1))]))
            }
            #expect(problems == [#"accounts[1].quarters["\#(key)"]: "\#(key)" is not a quarter; expected YYYYQn with n from 1 to 4, such as 2025Q3"#])
        }
    }

    @Test func reportsMalformedDatesAndQuarters() throws {
        #expect(try Samples.problems { $0[["accounts", 0, "activities", 1, "date"]] = .string("2025-02-30") }
            == [#"accounts[0].activities[1].date: must be a date written YYYY-MM-DD, such as 2025-07-14; found "2025-02-30""#])
        #expect(try Samples.problems { $0[["accounts", 0, "contacts", 0, "since"]] = .string("1/3/2021") }
            == [#"accounts[0].contacts[0].since: must be a date written YYYY-MM-DD, such as 2025-07-14; found "1/3/2021""#])
        #expect(try Samples.problems { $0[["accounts", 0, "opportunities", 0, "expectedClose"]] = .string("25Q1") }
            == [#"accounts[0].opportunities[0].expectedClose: must be a quarter written YYYYQn, such as 2025Q3; found "25Q1""#])
    }

    @Test func reportsUnknownEnumValuesListingTheAllowedOnes() throws {
        #expect(try Samples.problems { $0[["accounts", 0, "tier"]] = .string("gold") }
            == [#"accounts[0].tier: unknown tier "gold"; expected one of: key, strategic, maintain, other"#])
        #expect(try Samples.problems { $0[["accounts", 0, "opportunities", 0, "stage"]] = .string("negotiation") }
            == [#"accounts[0].opportunities[0].stage: unknown opportunity stage "negotiation"; expected one of: contacted, demoProvided, proposalSent, won, paymentIssued, lost"#])
        #expect(try Samples.problems { $0[["accounts", 0, "contacts", 0, "role"]] = .string("boss") }
            == [#"accounts[0].contacts[0].role: unknown buying role "boss"; expected one of: user, evaluator, decisionMaker, approver"#])
        #expect(try Samples.problems { $0[["scorecard", "perspectives", 0, "kpis", 0, "direction"]] = .string("up") }
            == [#"scorecard.perspectives[0].kpis[0].direction: unknown direction "up"; expected one of: higher, lower"#])
        #expect(try Samples.problems { $0[["scorecard", "overrides", 0, "status"]] = .string("blue") }
            == [#"scorecard.overrides[0].status: unknown status "blue"; expected one of: red, amber, green"#])
    }

    @Test func reportsUnknownMetricsListingTheBuiltInOnes() throws {
        let problems = try Samples.problems { $0[["scorecard", "perspectives", 0, "kpis", 1, "metric"]] = .string("grossMargn") }
        let builtIn = BuiltInMetric.allCases.map(\.rawValue).joined(separator: ", ")
        #expect(problems == [#"scorecard.perspectives[0].kpis[1].metric: unknown metric "grossMargn"; expected custom:NAME or one of: "# + builtIn])
        #expect(builtIn.hasPrefix("revenue, revenueGrowthQoQ"))
    }

    @Test func reportsDuplicateKeys() throws {
        let text = Samples.text.replacingOccurrences(of: #""segment": "Retail","#, with: #""segment": "Retail", "segment": "Food","#)
        #expect(Samples.problems(in: Array(text.utf8)).map { "\($0.path): \($0.message)" }
            == [#"accounts[1].segment: duplicate key "segment"; only the first is read"#])
    }

    @Test func listsEveryProblemInFileOrderWithLineAndColumn() throws {
        var document = try Samples.document
        document[["currency"]] = .number(978)
        document[["accounts", 0, "tier"]] = .string("gold")
        document[["accounts", 0, "quarters", "2025Q2", "revenue"]] = .string("lots")
        document[["accounts", 1, "manager"]] = .string("nobody")
        document[["scorecard", "perspectives", 0, "kpis", 0, "weight"]] = .number(-1)
        let bytes = JSONWriter.write(try #require(layoutOf(document)))
        let problems = Samples.problems(in: bytes, fileName: "book.json")
        let text = String(decoding: bytes, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        /// The line and column of `value` in the first line containing `context`.
        func position(of value: String, in context: String? = nil) -> String {
            guard let index = lines.firstIndex(where: { $0.contains(context ?? value) }),
                  let range = lines[index].range(of: context ?? value),
                  let valueRange = lines[index][range].range(of: value) else { return "?" }
            return "\(index + 1):\(lines[index].distance(from: lines[index].startIndex, to: valueRange.lowerBound) + 1)"
        }
        #expect(problems.map(\.description) == [
            "book.json:\(position(of: "978")): currency: must be a string",
            "book.json:\(position(of: "\"gold\"")): accounts[0].tier: unknown tier \"gold\"; expected one of: key, strategic, maintain, other",
            "book.json:\(position(of: "\"lots\"")): accounts[0].quarters[\"2025Q2\"].revenue: must be a number",
            "book.json:\(position(of: "\"nobody\"")): accounts[1].manager: unknown manager \"nobody\"; it must be the id of one of the workspace's managers",
            "book.json:\(position(of: "-1", in: "\"weight\": -1")): scorecard.perspectives[0].kpis[0].weight: must not be negative; found -1",
        ])
    }

    @Test func thrownErrorListsEveryProblemOnePerLine() throws {
        var document = try Samples.document
        document[["accounts", 0, "name"]] = nil
        document[["accounts", 1, "tier"]] = .string("x")
        let error = #expect(throws: WorkspaceError.self) {
            try WorkspaceFile.decode(bytes: JSONWriter.inline(document), fileName: "w.json")
        }
        let lines = error.map { "\($0)" }?.split(separator: "\n") ?? []
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("w.json:1:") == true)
        #expect(lines.first?.hasSuffix("accounts[0].name: is required") == true)
    }

    @Test func reportsSyntaxErrorsWithFileLineAndColumn() {
        let text = "{\n  \"schemaVersion\": 2,\n  \"name\": \"x\"\n  \"accounts\": []\n}\n"
        #expect(Samples.problems(in: Array(text.utf8), fileName: "w.json").map(\.description)
            == ["w.json:4:3: expected ',' or '}' after object member; found '\"'"])
    }

    @Test func keepsIndexesWhenAnArrayElementIsNotAnObject() throws {
        let problems = try Samples.problems {
            $0[["accounts", 0]] = .string("acme")
            $0[["accounts", 1, "manager"]] = .string("nobody")
        }
        #expect(problems == [
            "accounts[0]: must be an object",
            #"accounts[1].manager: unknown manager "nobody"; it must be the id of one of the workspace's managers"#,
            // The override names the account that could not be read.
            #"scorecard.overrides[0].account: unknown account "acme""#,
        ])
    }

    /// The canonical layout of a sample document, so positions are on separate lines.
    private func layoutOf(_ document: JSONValue) -> JSONLayout? {
        guard case .object(let root) = document else { return nil }
        return .expandedObject(root.members.map { member in
            if case .array(let elements) = member.value {
                return (member.key, .expandedArray(elements.map { element in
                    guard case .object(let object) = element else { return .inline(element) }
                    return .expandedObject(object.members.map { ($0.key, .inline($0.value)) })
                }))
            }
            if case .object(let object) = member.value {
                return (member.key, .expandedObject(object.members.map { ($0.key, .inline($0.value)) }))
            }
            return (member.key, .inline(member.value))
        })
    }
}
