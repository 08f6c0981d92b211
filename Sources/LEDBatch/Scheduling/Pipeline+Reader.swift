import LEDSupport

extension BatchDiagnoser.Pipeline {
    typealias Chunk = BatchDiagnoser.Chunk
    typealias FormatDetector = BatchDiagnoser.FormatDetector

    // MARK: - Reader

    /// A buffer from the pool (reset), or `nil` when reading must stop.
    func acquireChunk() -> Chunk? {
        guard case .chunk(let chunk) = state.wait(for: { $0.acquire() }) else { return nil }
        chunk.reset(shardCount: shardCount)
        chunk.isNumbered = options.lineNumbers == .prefixed
        return chunk
    }

    func submit(_ chunk: Chunk) {
        state.update { $0.submit(chunk) }
    }

    /// The reader thread: reads every input in turn into chunks and submits them.
    func read() {
        defer { state.update { $0.readerDone = true } }
        var lastReport = started
        for (fileIndex, input) in inputs.enumerated() {
            let source: any BatchDiagnoser.ByteSource
            do {
                source = try input.openSource(cancellation: cancellation)
            } catch {
                stop(error)
                return
            }
            state.withLock { $0.filesRead += 1 }
            var carry: [UInt8] = []
            var detection: FormatDetector.Detection?
            var first = true
            var discarding = false
            var atEnd = false
            while !atEnd {
                guard let chunk = acquireChunk() else { return }
                chunk.file = fileIndex
                chunk.isFirstInFile = first
                first = false
                if cancellation.isCancelled {
                    state.withLock { $0.interrupted = true }
                    chunk.isLastInFile = true
                    chunk.isInterruption = true
                    if let detection { apply(detection, to: chunk, first: false) }
                    submit(chunk)
                    return
                }
                let capacity = chunk.capacity
                if !carry.isEmpty {
                    carry.withUnsafeBufferPointer { buffer in
                        if let source = buffer.baseAddress { chunk.base.update(from: source, count: buffer.count) }
                    }
                }
                var count = carry.count
                carry.removeAll(keepingCapacity: true)
                do {
                    (count, atEnd) = try fillLines(chunk, from: count, source, target: fillTarget(detection))
                    while discarding {
                        // The rest of an overlong line: drop bytes up to its line break.
                        if let newline = lineBreak(chunk.base, count, last: false) {
                            let rest = count - newline - 1
                            chunk.base.update(from: chunk.base + newline + 1, count: rest)
                            count = rest
                            discarding = false
                            if !atEnd {
                                count += try fill(chunk, from: count, source)
                                atEnd = count < capacity
                            }
                        } else if atEnd {
                            count = 0
                            discarding = false
                        } else {
                            count = try fill(chunk, from: 0, source)
                            atEnd = count < capacity
                        }
                    }
                } catch {
                    recycle(chunk)
                    stop(error)
                    return
                }
                // Ctrl-C, even while the input was stalled or trickling in: the lines read so far (up to
                // the last line break; the rest is not a whole line) are the last of the batch. A damaged
                // compressed input ends the same way, but only its own reading: the next input follows.
                let cancelled = cancellation.isCancelled
                let damage = atEnd && !cancelled ? source.damage : nil
                if cancelled || damage != nil {
                    count = discarding ? 0 : lineBreak(chunk.base, count, last: true).map { $0 + 1 } ?? 0
                    discarding = false
                    atEnd = true
                    state.withLock { state in
                        if cancelled { state.interrupted = true }
                        if let damage { state.damaged.append(damage) }
                    }
                }
                if atEnd {
                    chunk.count = count
                    chunk.isLastInFile = true
                    chunk.isInterruption = cancelled || damage != nil
                } else if let newline = lineBreak(chunk.base, count, last: true) {
                    chunk.count = newline + 1
                    carry = Array(UnsafeBufferPointer(start: chunk.base + newline + 1, count: count - newline - 1))
                } else {
                    chunk.count = 0
                    chunk.isOverlongLine = true
                    discarding = true
                }
                if detection == nil, !chunk.isOverlongLine {
                    let sample = UnsafeBufferPointer(start: UnsafePointer(chunk.base), count: chunk.count)
                    let found = detectFormat(sample)
                    detection = found
                    if found.isGuess, found.sampledLines > 0 {
                        let name = input.name
                        state.withLock {
                            $0.formatWarnings.append(
                                "\(name): cannot tell the format from the first lines; reading it as plain (use "
                                    + "--input-format)"
                            )
                        }
                    }
                    apply(found, to: chunk, first: true)
                } else if let detection {
                    apply(detection, to: chunk, first: false)
                }
                submit(chunk)
                if cancelled { return }
                if let progress {
                    let now = MonotonicClock.now()
                    if now - lastReport >= 0.1 {
                        lastReport = now
                        let done = state.withLock { $0.bytesRead }
                        progress(BatchProgress(bytesDone: done, bytesTotal: totalBytes, seconds: now - started))
                    }
                }
            }
        }
    }

    func apply(_ detection: FormatDetector.Detection, to chunk: Chunk, first: Bool) {
        chunk.format = first ? detection.choice : detection.choice.pastHeader
    }

    /// How many bytes a chunk is filled with before its lines are handed on, once the input's format is
    /// `detection`. Typed observations are cut finer: their records are about fifty times the size of
    /// their lines, and a shard's records wait for the other shards' earlier lines of the same chunk (the
    /// reorder buffer), so a 2 MiB chunk of them would hold 100 MB of records in memory or on disk. The
    /// first chunk of an input, read before its format is known, is as small.
    private func fillTarget(_ detection: FormatDetector.Detection?) -> Int {
        guard let detection, detection.choice.format != .typed else { return Self.typedChunkBytes }
        return options.chunkSize
    }

    /// The fill target of a chunk of typed observations, and of an input's first chunk.
    static let typedChunkBytes = 64 << 10

    /// Fills `chunk`, which holds `count` bytes (the last chunk's unfinished line), up to `target` bytes (at
    /// least one more, at most its capacity), or to its capacity when that holds no line break; returns the
    /// bytes it holds and whether the input ended.
    private func fillLines(
        _ chunk: Chunk, from count: Int, _ source: any BatchDiagnoser.ByteSource, target: Int
    ) throws(BatchError) -> (count: Int, atEnd: Bool) {
        let want = min(chunk.capacity, max(target, count + 1))
        var count = count + (try fill(chunk, from: count, source, upTo: want))
        guard count == want, want < chunk.capacity, lineBreak(chunk.base, count, last: true) == nil else {
            return (count, count < want)
        }
        count += try fill(chunk, from: count, source)
        return (count, count < chunk.capacity)
    }

    /// Fills `chunk` from offset `offset` to `end` or its capacity (less at the end of the input); returns the
    /// bytes read. Progress counts the input's bytes, compressed ones for a compressed input.
    private func fill(
        _ chunk: Chunk, from offset: Int, _ source: any BatchDiagnoser.ByteSource, upTo end: Int? = nil
    ) throws(BatchError) -> Int {
        let before = source.bytesConsumed
        let got = try source.fill(
            UnsafeMutableRawBufferPointer(start: chunk.base + offset, count: (end ?? chunk.capacity) - offset))
        let consumed = source.bytesConsumed - before
        state.withLock { $0.bytesRead += consumed }
        return got
    }

    func recycle(_ chunk: Chunk) {
        state.update { $0.recycle(chunk) }
    }

    /// The offset of the last (or first) line break in `base[0..<count]`.
    func lineBreak(_ base: UnsafeMutablePointer<UInt8>, _ count: Int, last: Bool) -> Int? {
        if !last {
            guard let found = memchr(base, 0x0A, count) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
        var i = count - 1
        while i >= 0 {
            if base[i] == 0x0A { return i }
            i -= 1
        }
        return nil
    }
}
