import LEDCore
import LEDInput

extension Diagnoser {
    /// What reading a text gave: the observation, the words read as others, and the readings of the
    /// words (none for a canonical string).
    struct Reading {
        /// The observation as read.
        var observation: Observation
        /// The catalog id of the device given beside the text, if any.
        var deviceID: String?
        /// The words read as others.
        var repairs: [WordRepair]
        /// The words and phrases recognised, in input order.
        var readings: [WordReading]
        /// Whether the text was a canonical string.
        var isCanonical: Bool
        /// What the text reader read with a doubt (``ParsedText/warnings``).
        var warnings: [String] = []

        /// Puts what the reading has to say on `diagnosis`: the words read as others as notes, the
        /// doubts of the reader as warnings.
        func annotate(_ diagnosis: inout Diagnosis) {
            diagnosis.notes = repairs.map(\.note)
            diagnosis.warnings.append(contentsOf: warnings)
        }

        /// The observation, on the device given beside the text when there is one.
        var observationOnDevice: Observation {
            var observation = observation
            if let deviceID { observation.device = deviceID }
            return observation
        }
    }

    /// Reads typed words or a canonical string once, for a diagnosis and its explanation.
    func read(parsing text: String, device: String?) throws(DiagnoseError) -> Reading {
        let deviceID = try device.map { (name) throws(DiagnoseError) in try self.deviceID(for: name) }
        if CanonicalReader.looksCanonical(text) {
            do {
                var observation = try CanonicalReader.observation(from: text)
                if let deviceID { observation.device = deviceID }
                return Reading(
                    observation: observation, deviceID: deviceID, repairs: [], readings: [], isCanonical: true)
            } catch {
                throw .canonical(error)
            }
        }
        do {
            let parsed = try parser.parse(text, device: deviceID)
            return Reading(
                observation: parsed.observation, deviceID: deviceID, repairs: parsed.repairs, readings: parsed.readings,
                isCanonical: false, warnings: parsed.warnings)
        } catch {
            throw .text(error)
        }
    }
}
