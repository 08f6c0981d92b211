/// Starts plain threads (pthread) and waits for them, without Foundation.
package enum Threads {
    private final class Box {
        let body: () -> Void
        init(_ body: @escaping () -> Void) { self.body = body }
    }

    /// Runs each closure on its own thread and returns when all have finished.
    package static func runAll(_ bodies: [@Sendable () -> Void]) {
        var threads: [pthread_t] = []
        var inline: [@Sendable () -> Void] = []
        for body in bodies {
            let box = Unmanaged.passRetained(Box(body)).toOpaque()
            #if canImport(Darwin)
            var thread: pthread_t?
            #else
            var thread = pthread_t()
            #endif
            let started = pthread_create(
                &thread, nil,
                { context in
                    guard let context else { return nil }
                    let box = Unmanaged<Box>.fromOpaque(context).takeRetainedValue()
                    box.body()
                    return nil
                }, box)
            if started == 0 {
                #if canImport(Darwin)
                if let thread { threads.append(thread) }
                #else
                threads.append(thread)
                #endif
            } else {
                Unmanaged<Box>.fromOpaque(box).release()
                inline.append(body)
            }
        }
        // A thread that could not start runs here, so no work is lost.
        for body in inline { body() }
        for thread in threads { pthread_join(thread, nil) }
    }

    /// A thread started by ``start(_:)``: ``join()`` waits for its body to return.
    package final class Handle: Sendable {
        private let thread: Mutex<pthread_t?>

        fileprivate init(_ thread: pthread_t) { self.thread = Mutex(thread) }

        /// Waits for the thread to finish (at once when it has, or when joined before).
        package func join() {
            let joinable = thread.withLock { state in
                defer { state = nil }
                return state
            }
            if let joinable {
                pthread_join(joinable, nil)
            }
        }
    }

    /// Runs `body` on a new thread; `nil` when the system cannot start one. `body` is sent there: what it
    /// holds is the new thread's alone.
    package static func start(_ body: sending @escaping () -> Void) -> Handle? {
        let box = Unmanaged.passRetained(Box(body)).toOpaque()
        #if canImport(Darwin)
        var thread: pthread_t?
        #else
        var thread = pthread_t()
        #endif
        let started = pthread_create(
            &thread, nil,
            { context in
                guard let context else { return nil }
                let box = Unmanaged<Box>.fromOpaque(context).takeRetainedValue()
                box.body()
                return nil
            }, box)
        guard started == 0 else {
            Unmanaged<Box>.fromOpaque(box).release()
            return nil
        }
        #if canImport(Darwin)
        return thread.map(Handle.init)
        #else
        return Handle(thread)
        #endif
    }
}
