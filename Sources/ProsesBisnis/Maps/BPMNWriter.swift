/// One lintas fungsi as BPMN 2.0: a collaboration with one participant (the OPD), a lane set
/// with one lane per unit in the order of the table's unit columns, a start event, a task per
/// activity in the lane of its responsible unit (or first marked unit), an end event and the
/// sequence flows between them, with the BPMN DI (bounds of the participant, every lane and
/// every node; waypoints of every flow) so that bpmn.io and Camunda Modeler open it laid out.
///
/// The geometry is the modelers' own (tasks 100 x 80, events 36 x 36, lanes 130 high) rather
/// than the SVG's, so the file looks native there; whole numbers keep it byte-identical.
/// `isExecutable` is true as Camunda Modeler writes it by default, and because SpiffWorkflow
/// (the second reader the tests use) refuses a process that is not.
public enum BPMNWriter {
    static let labelBand = 30
    static let laneHeight = 130
    static let taskWidth = 100
    static let taskHeight = 80
    static let eventSize = 36
    static let step = 150

    public struct Lane: Sendable {
        public var name: String
        public init(name: String) { self.name = name }
    }

    public struct Task: Sendable {
        public var name: String
        public var lane: Int
        public var documentation: String

        public init(name: String, lane: Int, documentation: String = "") {
            self.name = name
            self.lane = lane
            self.documentation = documentation
        }
    }

    /// The BPMN document; `participant` names the pool (the OPD), `name` the process.
    public static func document(name: String, participant: String, lanes input: [Lane], tasks: [Task]) -> String {
        let lanes = input.isEmpty ? [Lane(name: "-")] : input
        let tasks = tasks.map { task in Task(name: task.name, lane: lanes.indices.contains(task.lane) ? task.lane : 0,
                                             documentation: task.documentation) }
        let nodes = nodeIDs(tasks.count)
        var out = header()
        out += "  <bpmn:collaboration id=\"Collaboration_1\">\n"
        out += "    <bpmn:participant id=\"Participant_1\" name=\"\(x(participant))\" processRef=\"Process_1\" />\n"
        out += "  </bpmn:collaboration>\n"
        out += "  <bpmn:process id=\"Process_1\" name=\"\(x(name))\" isExecutable=\"true\">\n"
        out += laneSet(lanes, tasks: tasks, startLane: tasks.first?.lane ?? 0, endLane: tasks.last?.lane ?? 0)
        out += "    <bpmn:startEvent id=\"\(nodes.first!)\">\n      <bpmn:outgoing>Flow_1</bpmn:outgoing>\n    </bpmn:startEvent>\n"
        for (k, task) in tasks.enumerated() {
            out += "    <bpmn:task id=\"\(nodes[k + 1])\" name=\"\(x(task.name))\">\n"
            if !task.documentation.isEmpty { out += "      <bpmn:documentation>\(x(task.documentation))</bpmn:documentation>\n" }
            out += "      <bpmn:incoming>Flow_\(k + 1)</bpmn:incoming>\n      <bpmn:outgoing>Flow_\(k + 2)</bpmn:outgoing>\n    </bpmn:task>\n"
        }
        out += "    <bpmn:endEvent id=\"\(nodes.last!)\">\n      <bpmn:incoming>Flow_\(tasks.count + 1)</bpmn:incoming>\n    </bpmn:endEvent>\n"
        for index in 0...tasks.count {
            out += "    <bpmn:sequenceFlow id=\"Flow_\(index + 1)\" sourceRef=\"\(nodes[index])\" targetRef=\"\(nodes[index + 1])\" />\n"
        }
        out += "  </bpmn:process>\n"
        out += diagram(lanes: lanes, tasks: tasks, nodes: nodes)
        return out + "</bpmn:definitions>\n"
    }

    private static func nodeIDs(_ count: Int) -> [String] {
        ["StartEvent_1"] + (0..<count).map { "Activity_\($0 + 1)" } + ["EndEvent_1"]
    }

    private static func header() -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" \
        xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" \
        xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="Definitions_1" \
        targetNamespace="urn:probis:peta-proses-bisnis" exporter="probis" exporterVersion="0.1.0">

        """
    }

    private static func laneSet(_ lanes: [Lane], tasks: [Task], startLane: Int, endLane: Int) -> String {
        let ids = nodeIDs(tasks.count)
        var out = "    <bpmn:laneSet id=\"LaneSet_1\">\n"
        for (index, lane) in lanes.enumerated() {
            out += "      <bpmn:lane id=\"Lane_\(index + 1)\" name=\"\(x(lane.name))\">\n"
            if index == startLane { out += "        <bpmn:flowNodeRef>\(ids.first!)</bpmn:flowNodeRef>\n" }
            for (k, task) in tasks.enumerated() where task.lane == index {
                out += "        <bpmn:flowNodeRef>\(ids[k + 1])</bpmn:flowNodeRef>\n"
            }
            if index == endLane { out += "        <bpmn:flowNodeRef>\(ids.last!)</bpmn:flowNodeRef>\n" }
            out += "      </bpmn:lane>\n"
        }
        return out + "    </bpmn:laneSet>\n"
    }

    /// Node bounds: start, tasks, end, left to right, each in its lane.
    static func bounds(lanes: Int, tasks: [Task]) -> [(x: Int, y: Int, w: Int, h: Int)] {
        func laneTop(_ lane: Int) -> Int { lane * laneHeight }
        let startLane = tasks.first?.lane ?? 0, endLane = tasks.last?.lane ?? 0
        var result = [(x: labelBand + 40, y: laneTop(startLane) + (laneHeight - eventSize) / 2, w: eventSize, h: eventSize)]
        for (k, task) in tasks.enumerated() {
            result.append((x: labelBand + 40 + 90 + k * step, y: laneTop(task.lane) + (laneHeight - taskHeight) / 2,
                           w: taskWidth, h: taskHeight))
        }
        result.append((x: labelBand + 40 + 90 + tasks.count * step + 14, y: laneTop(endLane) + (laneHeight - eventSize) / 2,
                       w: eventSize, h: eventSize))
        return result
    }

    private static func diagram(lanes: [Lane], tasks: [Task], nodes: [String]) -> String {
        let boxes = bounds(lanes: lanes.count, tasks: tasks)
        let width = boxes.last!.x + boxes.last!.w + 50
        let height = lanes.count * laneHeight
        var out = "  <bpmndi:BPMNDiagram id=\"BPMNDiagram_1\">\n    <bpmndi:BPMNPlane id=\"BPMNPlane_1\" bpmnElement=\"Collaboration_1\">\n"
        out += shape("Participant_1", x: 0, y: 0, w: width, h: height, horizontal: true)
        for index in lanes.indices {
            out += shape("Lane_\(index + 1)", x: labelBand, y: index * laneHeight, w: width - labelBand, h: laneHeight, horizontal: true)
        }
        for (id, box) in zip(nodes, boxes) { out += shape(id, x: box.x, y: box.y, w: box.w, h: box.h, horizontal: false) }
        for index in 0..<(boxes.count - 1) {
            let from = boxes[index], to = boxes[index + 1]
            let start = (from.x + from.w, from.y + from.h / 2), end = (to.x, to.y + to.h / 2)
            var points = [start]
            if start.1 != end.1 {
                let turn = (start.0 + end.0) / 2
                points += [(turn, start.1), (turn, end.1)]
            }
            points.append(end)
            out += "      <bpmndi:BPMNEdge id=\"Flow_\(index + 1)_di\" bpmnElement=\"Flow_\(index + 1)\">\n"
            for point in points { out += "        <di:waypoint x=\"\(point.0)\" y=\"\(point.1)\" />\n" }
            out += "      </bpmndi:BPMNEdge>\n"
        }
        return out + "    </bpmndi:BPMNPlane>\n  </bpmndi:BPMNDiagram>\n"
    }

    private static func shape(_ element: String, x: Int, y: Int, w: Int, h: Int, horizontal: Bool) -> String {
        let flag = horizontal ? " isHorizontal=\"true\"" : ""
        return "      <bpmndi:BPMNShape id=\"\(element)_di\" bpmnElement=\"\(element)\"\(flag)>\n"
            + "        <dc:Bounds x=\"\(x)\" y=\"\(y)\" width=\"\(w)\" height=\"\(h)\" />\n      </bpmndi:BPMNShape>\n"
    }

    private static func x(_ text: String) -> String { SVGWriter.escape(text) }
}
