/// Counts and revenue per quadrant of the revenue-versus-cost-to-serve matrix.
extension CostToServeMatrix {
    /// Number of placed accounts in `quadrant`.
    public func count(in quadrant: Quadrant) -> Int { placements.filter { $0.quadrant == quadrant }.count }

    /// Summed revenue of the placed accounts in `quadrant` (0 when it is empty).
    public func revenue(in quadrant: Quadrant) -> Double {
        placements.reduce(0) { $1.quadrant == quadrant ? $0 + $1.revenue : $0 }
    }
}
