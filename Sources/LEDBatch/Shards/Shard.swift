import LEDEngine
import LEDInput

extension BatchDiagnoser {
    /// The devices whose name hashes to one shard, and everything they need: interned names, open
    /// episodes with their timeline builders, model ids, and the counts for the summary.
    ///
    /// A shard reads the lines of its devices chunk after chunk, in file order (the scheduler runs at
    /// most one task per shard at a time; the shard lives in its own ``Lock``, held while it reads a chunk).
    /// It is a value, so that the per-line loop works on local state without dynamic exclusivity checks.
    /// Episodes close when the builder says so; an episode that has been dark for the episode gap by the
    /// time of a chunk's last line is closed then, instead of when the device's next line arrives (the
    /// builder would close it there all the same: logs are in time order), so that output is not held
    /// back by devices that went quiet. At the end of each input every open episode is finished.
    struct Shard: ~Copyable {
        let index: Int
        private let context: Context

        private var names = Shard.DeviceTable()
        /// Per device (shard-local id): its name as a string, and its state.
        private var deviceNames: [String] = []
        private var devices: [Shard.DeviceState] = []
        private var models = Shard.ModelTable()
        /// The model id that stands for ``Context/modelOverride``.
        private static let overrideModel: Int32 = -2

        /// The workspace every builder of the shard assembles its episodes in (buffers reused).
        private var assembler: TimelineAssembler
        /// Open episodes; `freeSlots` lists unused ones.
        private var slots: [Shard.OpenEpisode] = []
        private var freeSlots: [Int32] = []
        private var openCount = 0

        // Counts for the summary.
        /// Lines rejected here (typed text that does not parse, unusable device names).
        private(set) var rejected = 0
        /// Episodes (and typed observations) diagnosed.
        private(set) var episodes = 0
        /// Episodes by top cause id.
        private(set) var causes: [String: Int] = [:]
        /// Episodes no rule matched.
        private(set) var unmatched = 0
        /// Episodes open when the batch was interrupted, left undiagnosed (``BatchOptions/finishOnInterrupt``).
        private(set) var undiagnosed = 0
        /// The first unknown model names the shard met, with the line (key) that first named each, in key
        /// order — at most ``UnknownModel/warningLimit`` (the summary names the run's first ones; the
        /// resolver counts them all).
        private(set) var unknownModels: [(name: String, key: RecordKey)] = []
        /// Episodes cut at ``LEDInput/TimelineTuning/maximumEpisodePulses`` (no darkness gap came).
        private(set) var cutEpisodes = 0
        /// The warning a cut episode's record carries.
        static let cutWarning =
            "episode cut at \(TimelineTuning.default.maximumEpisodePulses) pulses (the limit per episode): the "
            + "device's next transitions start a new episode"
        /// Rules skipped because they tripped a PCRE2 limit: episodes, by rule and reason.
        private(set) var skippedRules: [Diagnosis.SkippedRule: Int] = [:]

        /// Following (``BatchFollow``): when the chunk being read arrived, for its devices' open episodes.
        private var arrival = Double.nan
        /// Its devices' episodes rolled up (``BatchOptions/byDevice``).
        private(set) var rollup = DeviceRollup()

        /// The JSON of the fix lists and of the cause objects' parts this shard has written.
        private var fixLists = BatchRecordRenderer.FixListCache(), causeParts = BatchRecordRenderer.CauseCache()
        /// Typed observations diagnosed already, by model and text.
        private var typedMemo = Shard.TypedMemo()

        /// Records rendered since the last ``takeOutput()``, and their bytes.
        private var output: [PendingRecord] = []
        private var outputBytes = 0
        /// Past this many bytes of rendered records, ``process(_:deliver:)`` hands them over before it reads
        /// the chunk's next line, so that a chunk of many short episodes (a few KiB of JSON each) is not
        /// held whole — whatever the number of jobs.
        static let flushBytes = 1 << 20

        /// The number of distinct device names the shard has used a line of (rejected lines do not count).
        var deviceCount: Int { devices.reduce(0) { $0 + ($1.isUsed ? 1 : 0) } }

        init(index: Int, context: Context) {
            self.index = index
            self.context = context
            assembler = TimelineAssembler(vocabulary: context.vocabulary, tuning: .default)
        }

        /// The records rendered since the last call.
        mutating func takeOutput() -> [PendingRecord] {
            defer { (output, outputBytes) = ([], 0) }
            return output
        }

        /// Reads this shard's lines of `chunk`, closes what is over, and returns the shard's watermark:
        /// no record it renders later has a smaller key. Every ``flushBytes`` of records rendered, they are
        /// handed to `deliver` with the watermark at that point; the rest stay for ``takeOutput()``.
        mutating func process(
            _ chunk: Chunk, deliver: (_ records: [PendingRecord], _ watermark: RecordKey) -> Void = { _, _ in }
        ) -> RecordKey {
            let file = chunk.file
            let base = chunk.base
            let lineBase = chunk.lineBase
            // Numbered lines (BatchLineNumbers.prefixed) carry their own numbers; else they count from lineBase.
            let numbers = chunk.lineNumbers
            arrival = chunk.arrival
            let fileName = context.fileNames[file]
            if index == 0 {
                for error in chunk.errors {
                    let line = numbers.isEmpty ? lineBase + Int(error.lineIndex) + 1 : numbers[Int(error.lineIndex)]
                    let message = error.problem.message
                    output.append(
                        PendingRecord(
                            key: RecordKey(file: file, line: line),
                            text: context.errorRenderer.error(message, file: fileName, line: line), isError: true,
                            message: message))
                    outputBytes += output[output.count - 1].bytes.count
                }
            }
            // The chunk outlives this call: its lines' buffer stays valid throughout.
            let lines = chunk.shardLines.lines(ofShard: index)
            let hasOverride = context.modelOverride != nil
            for line in lines {
                let fileLine = numbers.isEmpty ? lineBase + Int(line.lineIndex) + 1 : numbers[Int(line.lineIndex)]
                if outputBytes >= Self.flushBytes {
                    deliver(takeOutput(), watermark(before: RecordKey(file: file, line: fileLine)))
                }
                let (device, isNew) = names.intern(
                    base + Int(line.nameStart), count: Int(line.nameCount), hash: line.hash)
                if isNew { addDevice(names.name(device)) }
                guard devices[device].isValid else {
                    reject(.deviceNameNotText, file: file, line: fileLine)
                    continue
                }
                var model = devices[device].model
                if hasOverride {
                    model = Self.overrideModel
                } else if line.modelCount > 0 {
                    let p = UnsafePointer(base + Int(line.modelStart))
                    let count = Int(line.modelCount)
                    if model < 0 || !models.matches(model, p, count: count) {
                        let (id, isNew) = models.intern(p, count: count, resolver: context.resolver)
                        model = id
                        if isNew, models.ids[Int(id)] == nil {
                            noteUnknownModel(id, key: RecordKey(file: file, line: fileLine))
                        }
                    }
                    if model != devices[device].model { devices[device].model = model }
                }
                if line.isObservation {
                    observe(line, base: base, device: device, model: model, file: file, fileLine: fileLine)
                } else {
                    transition(line, base: base, device: device, model: model, file: file, fileLine: fileLine)
                }
            }
            if chunk.isLastInFile {
                if chunk.isInterruption && !context.finishOnInterrupt {
                    // The episodes already over by the last time read are whole: diagnosed, not counted.
                    if !chunk.lastTime.isNaN { sweep(at: chunk.lastTime, file: file) }
                    abandonAll()
                } else {
                    finishAll(file: file)
                }
                for device in devices.indices { devices[device].model = -1 }
                return RecordKey(file: file + 1, line: 0)
            }
            if !chunk.lastTime.isNaN { sweep(at: chunk.lastTime, file: file) }
            if chunk.isIdle { sweepIdle(before: chunk.arrival - context.vocabulary.episodeGap, file: file) }
            let next = numbers.last.map { $0 + 1 } ?? lineBase + chunk.lines + 1
            return watermark(before: RecordKey(file: file, line: next))
        }

        /// The watermark when the next line to read is at `next` (of the current file): no later record
        /// comes before it or before an open episode's first line.
        private func watermark(before next: RecordKey) -> RecordKey {
            var watermark = next
            if openCount > 0 {
                for slot in slots where slot.device >= 0 {
                    watermark = min(watermark, RecordKey(file: next.file, line: slot.firstLine))
                }
            }
            return watermark
        }

        /// Keeps unknown model `id`, first named at `key`, when it is among the shard's first ones.
        private mutating func noteUnknownModel(_ id: Int32, key: RecordKey) {
            let limit = BatchDiagnoser.UnknownModel.warningLimit
            if unknownModels.count >= limit, let last = unknownModels.last, !(key < last.key) { return }
            let at = unknownModels.firstIndex { key < $0.key } ?? unknownModels.count
            unknownModels.insert((models.name(id), key), at: at)
            if unknownModels.count > limit { unknownModels.removeLast() }
        }

        private mutating func addDevice(_ name: UnsafeBufferPointer<UInt8>) {
            var valid = true
            for byte in name where byte < 0x20 || byte == 0x7F {
                valid = false
                break
            }
            if valid { valid = String(validating: name, as: UTF8.self) != nil }
            deviceNames.append(String(decoding: name, as: UTF8.self))
            devices.append(Shard.DeviceState(isValid: valid))
        }

        /// Rejects a line the parser read: its error record, with `problem` worded once.
        private mutating func reject(_ problem: LineProblem, file: Int, line: Int) {
            rejected += 1
            let message = problem.message
            output.append(
                PendingRecord(
                    key: RecordKey(file: file, line: line),
                    text: context.errorRenderer.error(message, file: context.fileNames[file], line: line),
                    isError: true,
                    message: message))
            outputBytes += output[output.count - 1].bytes.count
        }

        @inline(__always)
        private mutating func transition(
            _ line: Line, base: UnsafeMutablePointer<UInt8>, device: Int, model: Int32, file: Int, fileLine: Int
        ) {
            devices[device].isUsed = true
            var slot = Int(devices[device].slot)
            var opens = false
            if slot < 0 {
                slot = openSlot(device: device)
                devices[device].slot = Int32(slot)
                opens = true
            }
            let text = TimeText(padded: base + Int(line.timeStart), count: Int(line.timeCount))
            let transition = LEDTransition(
                time: line.time, color: ColorWord.color(line.color), isOn: line.isOn, line: fileLine)
            if let closed = slots[slot].builder.add(transition, assembler: &assembler) {
                emit(closed, slot: slot, file: file)
                opens = true
            }
            if opens {
                slots[slot].firstLine = fileLine
                slots[slot].startText = text
                slots[slot].model = model
            }
            slots[slot].lastText = text
            slots[slot].lastArrival = arrival
        }

        private mutating func openSlot(device: Int) -> Int {
            openCount += 1
            if let free = freeSlots.popLast() {
                slots[Int(free)].device = Int32(device)
                return Int(free)
            }
            var fresh = Shard.OpenEpisode(builder: TimelineBuilder(vocabulary: context.vocabulary))
            fresh.device = Int32(device)
            slots.append(fresh)
            return slots.count - 1
        }

        /// Finishes the episode in `slot` and frees the slot (its builder is as new and kept).
        private mutating func close(_ slot: Int, file: Int) {
            if let episode = slots[slot].builder.finish(assembler: &assembler) { emit(episode, slot: slot, file: file) }
            let device = Int(slots[slot].device)
            devices[device].slot = -1
            slots[slot].device = -1
            freeSlots.append(Int32(slot))
            openCount -= 1
        }

        /// Closes every episode that has been dark for at least the gap at `time`.
        private mutating func sweep(at time: Double, file: Int) {
            guard openCount > 0 else { return }
            for slot in slots.indices where slots[slot].device >= 0 && slots[slot].isOver(at: time) {
                close(slot, file: file)
            }
        }

        /// Following, with nothing new in the input: closes every episode none of whose lines arrived after
        /// `time` (``MonotonicClock`` seconds) — quiet for the gap in wall time.
        private mutating func sweepIdle(before time: Double, file: Int) {
            guard openCount > 0 else { return }
            for slot in slots.indices where slots[slot].device >= 0 && slots[slot].lastArrival <= time {
                close(slot, file: file)
            }
        }

        /// Ends the input: finishes every open episode.
        private mutating func finishAll(file: Int) {
            guard openCount > 0 else { return }
            for slot in slots.indices where slots[slot].device >= 0 {
                close(slot, file: file)
            }
        }

        /// Stops at an interruption: the open episodes are counted, not diagnosed (no input follows).
        private mutating func abandonAll() {
            undiagnosed += openCount
            for slot in slots.indices where slots[slot].device >= 0 {
                devices[Int(slots[slot].device)].slot = -1
                slots[slot] = Shard.OpenEpisode(builder: TimelineBuilder(vocabulary: context.vocabulary))
                freeSlots.append(Int32(slot))
            }
            openCount = 0
        }

        private func modelID(_ model: Int32) -> String? {
            if model == Self.overrideModel { return context.modelOverride }
            return model >= 0 ? models.ids[Int(model)] : nil
        }

        private mutating func emit(_ episode: TimelineEpisode, slot: Int, file: Int) {
            let open = slots[slot]
            let device = Int(open.device)
            let model = modelID(open.model)
            var observation = episode.observation
            observation.device = model
            var diagnosis = context.diagnoser.diagnose(observation)
            if episode.isCut {
                cutEpisodes += 1
                diagnosis.warnings.append(Self.cutWarning)
            }
            record(
                diagnosis, device: device, model: model, start: open.startText.string, end: open.lastText.string,
                times: (episode.startTime, episode.endTime), file: file, first: episode.firstLine,
                last: episode.lastLine)
        }

        private mutating func observe(
            _ line: Line, base: UnsafeMutablePointer<UInt8>, device: Int, model: Int32, file: Int, fileLine: Int
        ) {
            let text = String(
                decoding: UnsafeBufferPointer(start: base + Int(line.textStart), count: Int(line.textCount)),
                as: UTF8.self)
            let modelID = modelID(model)
            let key = TypedMemo.Key(model: modelID, text: text)
            let entry = typedMemo.entry(key) {
                TypedMemo.Entry(
                    result: Result { () throws(DiagnoseError) in try context.diagnoser.diagnose(text, device: modelID) }
                )
            }
            let diagnosis: Diagnosis
            switch entry.result {
            case .success(let read):
                diagnosis = read
            case .failure(.text(let problem)):
                reject(.observation(problem.message), file: file, line: fileLine)
                return
            case .failure(let error):
                reject(.observation(error.description), file: file, line: fileLine)
                return
            }
            let time = TimeText(base + Int(line.timeStart), count: Int(line.timeCount)).string
            var rendered: [UInt8]?
            if context.renderer.format == .jsonl, context.keepsEpisodes {
                if entry.template == nil {
                    entry.template = BatchRecordRenderer.Template(diagnosis, fixLists: &fixLists, causes: &causeParts)
                    typedMemo.noteTemplate(of: entry, for: key)
                }
                rendered = entry.template?.record(
                    device: deviceNames[device], model: modelID, start: time, end: time, file: context.fileNames[file],
                    first: fileLine, last: fileLine)
            }
            devices[device].isUsed = true
            record(
                diagnosis, device: device, model: modelID, start: time, end: time,
                times: line.time.isNaN ? nil : (line.time, line.time), file: file, first: fileLine, last: fileLine,
                rendered: rendered)
        }

        private mutating func record(
            _ diagnosis: Diagnosis, device: Int, model: String?, start: String?, end: String?,
            times: (start: Double, end: Double)?, file: Int, first: Int, last: Int, rendered: [UInt8]? = nil
        ) {
            episodes += 1
            if let top = diagnosis.topCause { causes[top.id, default: 0] += 1 } else { unmatched += 1 }
            for skipped in diagnosis.skippedRules { skippedRules[skipped, default: 0] += 1 }
            let fileName = context.fileNames[file]
            let name = deviceNames[device]
            var bytes: [UInt8] = []
            if context.keepsEpisodes {
                bytes =
                    rendered
                    ?? context.renderer.episodeBytes(
                        diagnosis, device: name, model: model, start: start, end: end, file: fileName, first: first,
                        last: last, times: times, fixLists: &fixLists, causes: &causeParts)
            }
            if context.byDevice {
                let latest = BatchDevice.Latest(
                    start: start, end: end, startTime: times?.start, endTime: times?.end, fileIndex: file,
                    file: fileName, firstLine: first, lastLine: last)
                let now = rollup.add(diagnosis, id: device, name: name, model: model, latest: latest)
                // Followed: the device as it stands now, right after the episode that changed it.
                if context.devicesOnChange { bytes += context.renderer.deviceChange(now).utf8 }
            }
            if !bytes.isEmpty {
                output.append(PendingRecord(key: RecordKey(file: file, line: first), bytes: bytes, isError: false))
                outputBytes += bytes.count
            }
            context.observer?(
                BatchEpisode(
                    device: name, model: model, fileIndex: file, file: fileName, firstLine: first, lastLine: last,
                    start: start, end: end, diagnosis: diagnosis))
        }
    }
}
