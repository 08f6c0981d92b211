import LEDEngine
import LEDSupport

extension BatchRecordRenderer {
    /// A JSON-lines record rendered once for a diagnosis that many lines share (a log of typed reports
    /// repeats its phrases): the diagnosis's object without its `"device"` member, left open after its
    /// last member. A record is these bytes with the device put back and the model, times and source
    /// added — byte for byte what the renderer writes for the diagnosis itself, which
    /// `BatchTypedMemoTests` checks.
    struct Template {
        /// The open object.
        let bytes: [UInt8]
        /// Where in `bytes` the `"device"` member goes.
        let deviceOffset: Int

        /// The template of `diagnosis`, its fixes from `fixLists`, its cause objects' own and their evidence's
        /// rule parts from `causes`.
        init(
            _ diagnosis: Diagnosis, fixLists: inout BatchRecordRenderer.FixListCache,
            causes: inout BatchRecordRenderer.CauseCache
        ) {
            var writer = JSONWriter(capacity: 4096)
            deviceOffset = diagnosis.writeOpenWithoutDevice(
                to: &writer, fixes: { writer in fixLists.write(diagnosis.fixes, to: &writer) },
                causes: { writer, cause in causes.write(cause, to: &writer) })
            bytes = writer.bytes
        }

        /// The record of this diagnosis for the device logged as `device`, whose model is `model`, at
        /// `start`–`end`, from lines `first...last` of `file`, with its newline.
        func record(
            device: String, model: String?, start: String?, end: String?, file: String, first: Int, last: Int
        ) -> [UInt8] {
            // `{"device":…,"model":…,…,"source":{…}}`: the device member goes into the template, the rest after it.
            var added = JSONWriter(capacity: 256)
            added.beginObject()
            added.string(device, key: "device")
            let deviceEnd = added.count
            BatchRecordRenderer.writeWhere(
                model: model, start: start, end: end, file: file, first: first, last: last, to: &added)
            added.endObject()
            return added.withBytes { added in
                bytes.withUnsafeBufferPointer { object in
                    let count = object.count + added.count + 1
                    return [UInt8](unsafeUninitializedCapacity: count) { buffer, written in
                        var at = 0
                        func copy(_ part: UnsafeBufferPointer<UInt8>.SubSequence) {
                            _ = UnsafeMutableBufferPointer(rebasing: buffer[at..<at + part.count])
                                .initialize(fromContentsOf: part)
                            at += part.count
                        }
                        copy(object[..<deviceOffset])
                        buffer[at] = UInt8(ascii: ",")
                        at += 1
                        copy(added[1..<deviceEnd])
                        copy(object[deviceOffset...])
                        copy(added[deviceEnd...])
                        buffer[at] = 0x0A
                        written = at + 1
                    }
                }
            }
        }
    }
}
