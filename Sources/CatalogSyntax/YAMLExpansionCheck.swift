// CYaml is the libyaml that Yams is built on (a module of the Yams package). Its parser events are the
// only view of a file in which an alias is still an alias: Yams' `compose` hands back the aliased node
// itself, and hashes every mapping key node by node while it reads (to find duplicate keys).
import CYaml

/// The pass over a YAML text's parser events that ``CatalogNode/parse(yaml:limits:)`` makes before
/// anything is built: it counts the aliases and the nodes of the tree with every alias expanded — each
/// anchor's expanded size is remembered, so the pass is linear in the text however much it would
/// expand — and refuses mapping keys that are lists or mappings (written, or aliases of one).
///
/// Why keys: Yams compares a mapping's keys while it reads, hashing each key node by node, so a key
/// that stands for a large tree is walked once per mapping it is a key of, nested keys again and again,
/// which no node count bounds. Catalog keys are names, so nothing is lost.
///
/// The pass stops quietly at a syntax error (Yams then reports it, as before) and at the end of the
/// first document (Yams reads no further).
enum YAMLExpansionCheck {
    /// The first limit `text` crosses, or nil.
    static func firstRefusal(in text: String, limits: CatalogYAMLLimits) -> CatalogYAMLLimitError? {
        guard !text.isEmpty else { return nil }
        var text = text
        return text.withUTF8 { bytes -> CatalogYAMLLimitError? in
            guard let base = bytes.baseAddress else { return nil }
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return nil }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, base, bytes.count)
            var counter = Counter(limits: limits)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                defer { yaml_event_delete(&event) }
                switch counter.take(event) {
                case .next: continue
                case .done: return nil
                case .refused(let refusal): return refusal
                }
            }
        }
    }

    /// What the pass does after an event.
    enum Step {
        case next
        case done
        case refused(CatalogYAMLLimitError)
    }

    /// The running counts, and the collections open around the current event.
    struct Counter {
        let limits: CatalogYAMLLimits
        private var nodes = 0
        private var aliases = 0
        /// Each anchor's node: its size with aliases expanded, and whether it is a list or mapping.
        private var anchors: [String: (size: Int, isCollection: Bool)] = [:]
        private var open: [Frame] = []

        /// A list or mapping being read.
        struct Frame {
            var isMapping: Bool
            var anchor: String?
            /// The nodes it holds so far, itself included, aliases expanded.
            var size = 1
            /// Its items so far (a mapping's keys and values alike, so an even count means a key is next).
            var children = 0
        }

        init(limits: CatalogYAMLLimits) {
            self.limits = limits
        }

        /// Whether the next node is a mapping key.
        private var keyIsNext: Bool {
            guard let top = open.last else { return false }
            return top.isMapping && top.children % 2 == 0
        }

        mutating func take(_ event: yaml_event_t) -> Step {
            let mark = CatalogMark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
            switch event.type {
            case YAML_SCALAR_EVENT:
                if let refusal = add(1, at: mark, alias: nil) { return .refused(refusal) }
                if let anchor = Self.name(event.data.scalar.anchor) { anchors[anchor] = (1, false) }
                finish(size: 1)
            case YAML_ALIAS_EVENT:
                aliases += 1
                let name = Self.name(event.data.alias.anchor) ?? ""
                if aliases > limits.maximumAliases {
                    return .refused(
                        CatalogYAMLLimitError(
                            message: "more than \(limits.maximumAliases) aliases (*name) in one file, the limit",
                            mark: mark))
                }
                // An alias of no anchor (yet) is an error Yams reports; it counts as one node here.
                let target = anchors[name] ?? (1, false)
                if target.isCollection, keyIsNext { return .refused(Self.keyRefusal(at: mark)) }
                if let refusal = add(target.size, at: mark, alias: name) { return .refused(refusal) }
                finish(size: target.size)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                if keyIsNext { return .refused(Self.keyRefusal(at: mark)) }
                if let refusal = add(1, at: mark, alias: nil) { return .refused(refusal) }
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                let anchor = Self.name(isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor)
                open.append(Frame(isMapping: isMapping, anchor: anchor))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let frame = open.popLast() else { return .done }
                if let anchor = frame.anchor { anchors[anchor] = (frame.size, true) }
                finish(size: frame.size)
            case YAML_DOCUMENT_END_EVENT, YAML_STREAM_END_EVENT:
                return .done
            default:
                break
            }
            return .next
        }

        /// Counts `size` more nodes of the tree; the refusal when that crosses the limit.
        private mutating func add(_ size: Int, at mark: CatalogMark, alias: String?) -> CatalogYAMLLimitError? {
            nodes += size
            guard nodes > limits.maximumNodes else { return nil }
            let limit = "\(limits.maximumNodes) nodes, the limit for one file"
            if let alias {
                return CatalogYAMLLimitError(
                    message: "alias *\(alias) makes the file's tree larger than \(limit) (each alias is a copy "
                        + "of what its anchor names, and this one holds \(size) nodes)",
                    mark: mark)
            }
            return CatalogYAMLLimitError(
                message: "the file holds more than \(limit): split it into several files", mark: mark)
        }

        /// A node of `size` nodes is complete: its parent holds it.
        private mutating func finish(size: Int) {
            guard !open.isEmpty else { return }
            open[open.count - 1].size += size
            open[open.count - 1].children += 1
        }

        private static func keyRefusal(at mark: CatalogMark) -> CatalogYAMLLimitError {
            CatalogYAMLLimitError(
                message: "a mapping key must be a name, not a list or a mapping (or an alias of one)", mark: mark)
        }

        private static func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            pointer.map { String(cString: UnsafePointer($0)) }
        }
    }
}
