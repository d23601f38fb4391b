/// A role a person held over a period: *head-of-state of country:KZ from 1991-12-16 to 2019-03-20*.
public struct DatedRole: Hashable, Sendable, Codable {
    /// The role's name (`head-of-state`, `defence-minister`, `vice-chair-cmc`…).
    public var role: String
    /// The id of the entity the role is held in (`country:KZ`, `org:cn-cmc`).
    public var of: EntityID
    /// The first day in the role.
    public var from: DayDate
    /// The last day in the role; `nil` while it is held.
    public var to: DayDate?

    /// A role held from `from` through `to`, or still held when `to` is `nil`.
    public init(role: String, of: EntityID, from: DayDate, to: DayDate? = nil) {
        self.role = role
        self.of = of
        self.from = from
        self.to = to
    }

    /// Whether the role was held on `date`.
    public func isHeld(on date: DayDate) -> Bool {
        from <= date && (to.map { date <= $0 } ?? true)
    }
}
