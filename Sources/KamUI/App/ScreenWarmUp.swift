import Dispatch
import Foundation

/// The top-level screens not in sight, opened (or brought up to date) on another thread, so
/// that `2`..`5` show theirs at once instead of computing it on the key.
///
/// A warm-up is made for one state (`AppState.warmUpKey`) and is taken only by a state with
/// the same key: a result never shows what the state has moved past. One screen is computed
/// at a time, in slot order, on one thread of utility priority; the key loop never waits for
/// it, except when the user switches to the very screen being computed, which then takes what
/// is left of that work rather than starting it again.
public final class ScreenWarmUp: @unchecked Sendable {
    /// Where one screen's warm-up stands.
    private enum Phase {
        case pending, running
        case done(ParkedScreen)
        /// Not wanted any more (the user opened it first) or nothing to show (it failed to open).
        case dropped
    }

    /// The state this warm-up is for.
    public let key: ScreenWarmUpKey
    /// Guards `phases` and `cancelled`; signalled whenever a screen's warm-up ends.
    private let condition = NSCondition()
    private var phases: [String: Phase] = [:]
    private var cancelled = false

    /// Starts warming the top-level screens other than the one shown in `state`, on `queue`.
    public convenience init(_ state: AppState) {
        self.init(state, queue: DispatchQueue(label: "kam.screen-warm-up", qos: .utility))
    }

    init(_ state: AppState, queue: DispatchQueue) {
        key = state.warmUpKey
        let context = state.context()
        let jobs: [(ScreenEntry, ParkedScreen?)] = ScreenRegistry.standard.compactMap { entry in
            guard entry.slot != nil, entry.name != state.stack[0].name else { return nil }
            return (entry, state.parked[entry.name])
        }
        for (entry, _) in jobs { phases[entry.name] = .pending }
        queue.async { [self] in
            for (entry, parked) in jobs {
                guard begin(entry.name) else { continue }
                let screen = parked?.caughtUp(context) ?? (try? entry.open(context, nil))
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

    /// True while screens are still to be computed.
    public var isRunning: Bool {
        condition.withLock { isBusy }
    }

    /// Waits until nothing is being computed or waiting to be (for tests and benchmarks).
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
                if case .done(let parked) = phase {
                    finished.append((name, parked))
                    phases[name] = .dropped
                }
            }
            return finished
        }
        for (name, parked) in finished { state.parked[name] = parked }
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
