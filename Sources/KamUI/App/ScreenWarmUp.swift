import Dispatch
import Foundation

/// The top-level screens not in sight, opened (or brought up to date) on another thread, so
/// that `2`..`5` show theirs at once instead of computing it on the key.
///
/// A warm-up is made for one state (`AppState.warmUpKey`: the workspace's revision, the
/// quarter, the day, the size, the glyphs and the view preferences) and is taken only by a
/// state with the same key, so a result never shows what the state has moved past; nor is a
/// screen's result taken once that screen was parked or shown since the warm-up began.
/// Screens are computed one at a time, in slot order, on one thread of utility priority shared
/// by all warm-ups. The key loop never waits for one, except when the user switches to the
/// very screen being computed, which then takes what is left of that work rather than
/// starting it again.
public final class ScreenWarmUp: @unchecked Sendable {
    /// Where one screen's warm-up stands.
    private enum Phase {
        case pending, running
        case done(ParkedScreen)
        /// Not wanted any more (the user opened it first), taken, or nothing to show.
        case dropped
    }

    /// One screen to warm up: its entry, its parked state if any, and its park mark then.
    private struct Job: Sendable {
        let entry: ScreenEntry
        let parked: ParkedScreen?
        let mark: Int
    }

    /// The one thread all warm-ups run on, so that a cancelled one finishing its screen never
    /// competes with the next.
    private static let queue = DispatchQueue(label: "kam.screen-warm-up", qos: .utility)

    /// The state this warm-up is for.
    public let key: ScreenWarmUpKey
    private let jobs: [String: Job]
    /// Guards `phases` and `cancelled`; signalled whenever a screen's warm-up ends.
    private let condition = NSCondition()
    private var phases: [String: Phase] = [:]
    private var cancelled = false

    /// Starts warming up the top-level screens other than the one shown in `state`.
    public init(_ state: AppState) {
        key = state.warmUpKey
        let context = state.context()
        let order = ScreenRegistry.standard.filter { $0.slot != nil && $0.name != state.stack[0].name }
        var jobs: [String: Job] = [:]
        for entry in order {
            jobs[entry.name] = Job(entry: entry, parked: state.parked[entry.name],
                                   mark: state.parkMarks[entry.name, default: 0])
            phases[entry.name] = .pending
        }
        self.jobs = jobs
        Self.queue.async { [self] in
            for entry in order {
                guard begin(entry.name), let job = self.jobs[entry.name] else { continue }
                let screen = job.parked?.caughtUp(context) ?? (try? entry.open(context, nil))
                end(entry.name, screen.map { ParkedScreen(screen: $0, revision: context.revision) })
            }
        }
    }

    /// Stops after the screen being computed; nothing more will be taken from this warm-up.
    public func cancel() {
        condition.withLock {
            cancelled = true
            condition.broadcast()
        }
    }

    /// True while screens are being computed or wait to be.
    public var isRunning: Bool { condition.withLock { isBusy } }

    /// Waits until no screen is being computed or waits to be (for tests and measurements).
    public func waitUntilIdle() {
        condition.withLock { while isBusy { condition.wait() } }
    }

    /// Parks the screens finished so far in `state`, when the state is still the one this
    /// warm-up is for. With `waitingFor`, a screen being computed is waited for first, and one
    /// not started yet is dropped (the caller opens it itself).
    func adopt(into state: inout AppState, waitingFor name: String? = nil) {
        guard state.warmUpKey == key else { return }
        let finished: [(String, ParkedScreen)] = condition.withLock {
            if let name {
                if case .pending = phases[name] { phases[name] = .dropped }
                while case .running = phases[name] { condition.wait() }
            }
            var finished: [(String, ParkedScreen)] = []
            for (name, phase) in phases {
                guard case .done(let parked) = phase else { continue }
                finished.append((name, parked))
                phases[name] = .dropped
            }
            return finished
        }
        for (name, parked) in finished
        where state.stack[0].name != name && state.parkMarks[name, default: 0] == jobs[name]?.mark {
            state.parked[name] = parked
        }
    }

    // MARK: The worker's side

    /// Marks the warm-up of `name` started; false when it is cancelled or no longer wanted.
    private func begin(_ name: String) -> Bool {
        condition.withLock {
            guard !cancelled, case .pending = phases[name] else { return false }
            phases[name] = .running
            return true
        }
    }

    /// Records the finished screen of `name` and wakes whoever waits for it.
    private func end(_ name: String, _ parked: ParkedScreen?) {
        condition.withLock {
            phases[name] = parked.map(Phase.done) ?? .dropped
            condition.broadcast()
        }
    }

    /// A screen is being computed or waits to be (the lock is held).
    private var isBusy: Bool {
        phases.values.contains { phase in
            switch phase {
            case .running: true
            case .pending: !cancelled
            case .done, .dropped: false
            }
        }
    }
}
