import Foundation
import Testing
@testable import ProsesBisnis

/// BPMN files validated against the OMG BPMN 2.0 XSDs (shipped by SpiffWorkflow) with xmllint,
/// and read by SpiffWorkflow's parser. `Scripts/setup` installs both; without them the tests
/// say so and do not run.
struct BPMNTests {
    static let python = ["/usr/bin/env", "python3"]

    /// `BPMN20.xsd` inside the installed SpiffWorkflow package, when there is one.
    static let schema: String? = {
        let out = run(python + ["-c", "import SpiffWorkflow, os; print(os.path.join(os.path.dirname(SpiffWorkflow.__file__), 'bpmn', 'parser', 'schema', 'BPMN20.xsd'))"])
        let path = out?.output.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return out?.status == 0 && FileManager.default.fileExists(atPath: path) ? path : nil
    }()

    static let xmllint: Bool = run(["/usr/bin/env", "xmllint", "--version"])?.status == 0

    static var toolsPresent: Bool { schema != nil && xmllint }

    static func run(_ arguments: [String]) -> (status: Int32, output: String)? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        guard (try? process.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static func validate(_ files: [String]) -> (status: Int32, output: String)? {
        run(["/usr/bin/env", "xmllint", "--noout", "--schema", schema!] + files)
    }

    @Test(.enabled(if: toolsPresent, "xmllint or SpiffWorkflow's BPMN20.xsd missing: run Scripts/setup"))
    func generatedLargeLintasFungsiValidatesAgainstTheXSD() throws {
        let large = MapFixtures.largeLintasFungsi()
        let tasks = large.activities.map { BPMNWriter.Task(name: $0.uraian, lane: $0.main, documentation: "Keluaran: " + $0.output) }
        let xml = BPMNWriter.document(name: "Peta <besar> & panjang", participant: "Dinas", lanes: large.lanes.map { .init(name: $0.name) },
                                      tasks: tasks)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("probis-\(UUID().uuidString).bpmn")
        try Data(xml.utf8).write(to: file)
        let result = try #require(Self.validate([file.path]))
        #expect(result.status == 0, "\(result.output)")
    }

    @Test(.enabled(if: toolsPresent, "xmllint or SpiffWorkflow's BPMN20.xsd missing: run Scripts/setup"))
    func everyBPMNOfTheSamplesValidatesAndSpiffWorkflowReadsIt() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("probis-peta-\(UUID().uuidString)").path
        _ = try PetaRun(jobs: 2).run(root: SamplesTests.root, out: out)
        let files = (FileManager.default.enumerator(atPath: out)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".bpmn") }.sorted().map { (out as NSString).appendingPathComponent($0) }
        #expect(files.count == 14)
        let result = try #require(Self.validate(files))
        #expect(result.status == 0, "\(result.output)")
        let script = """
            import sys
            from SpiffWorkflow.bpmn.parser.BpmnParser import BpmnParser
            for f in sys.argv[1:]:
                p = BpmnParser(); p.add_bpmn_file(f); s = p.get_spec('Process_1')
                assert any('EndEvent' in t.__class__.__name__ for t in s.task_specs.values()), f
            print('ok')
            """
        let parsed = try #require(Self.run(Self.python + ["-c", script] + files))
        #expect(parsed.status == 0 && parsed.output.contains("ok"), "\(parsed.output)")
    }

    @Test func tasksSitInTheLaneOfTheirUnit() {
        let xml = BPMNWriter.document(name: "P", participant: "OPD", lanes: [.init(name: "A"), .init(name: "B")],
                                      tasks: [.init(name: "satu", lane: 1), .init(name: "dua", lane: 0)])
        #expect(xml.contains("<bpmn:lane id=\"Lane_2\" name=\"B\">\n<bpmn:flowNodeRef>StartEvent_1</bpmn:flowNodeRef>\n<bpmn:flowNodeRef>Activity_1</bpmn:flowNodeRef>"))
        #expect(xml.contains("<bpmn:sequenceFlow id=\"Flow_3\" sourceRef=\"Activity_2\" targetRef=\"EndEvent_1\" />"))
        #expect(xml.contains("<bpmndi:BPMNShape id=\"Lane_2_di\" bpmnElement=\"Lane_2\" isHorizontal=\"true\">"))
    }
}
