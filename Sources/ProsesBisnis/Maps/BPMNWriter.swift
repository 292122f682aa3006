/// One lintas fungsi as BPMN 2.0: a collaboration with one participant (the OPD), a lane set
/// with one lane per unit in the order of the table's unit columns, a start event, a task per
/// activity in the lane of its responsible unit (or first marked unit), an end event and the
/// sequence flows between them, with the BPMN DI (bounds of the participant, every lane and
/// every node; waypoints of every flow) so that bpmn.io and Camunda Modeler open it laid out.
///
/// The geometry is the modelers' own (tasks 100 x 80, events 36 x 36, lanes 130 high) rather
/// than the SVG's, so the file looks native there; whole numbers keep it byte-identical.
/// Elements are one per line without indentation (a province's site holds some 80,000 of these
/// files; the modelers lay the XML out again when they save).
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
    public static func document(name: String, participant: String, lanes: [Lane], tasks: [Task]) -> String {
        markup(name: name, participant: participant, lanes: lanes, tasks: tasks).string
    }

    static func markup(name: String, participant: String, lanes input: [Lane], tasks: [Task]) -> MarkupBuffer {
        let lanes = input.isEmpty ? [Lane(name: "-")] : input
        let tasks = tasks.map { task in Task(name: task.name, lane: lanes.indices.contains(task.lane) ? task.lane : 0,
                                             documentation: task.documentation) }
        var out = MarkupBuffer(capacity: 2048 + tasks.count * 700)
        out.raw("""
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" \
            xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" \
            xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="Definitions_1" \
            targetNamespace="urn:probis:peta-proses-bisnis" exporter="probis" exporterVersion="0.1.0">

            """)
        out.raw("<bpmn:collaboration id=\"Collaboration_1\">\n<bpmn:participant id=\"Participant_1\" name=\"")
        out.escaped(participant)
        out.raw("\" processRef=\"Process_1\" />\n</bpmn:collaboration>\n<bpmn:process id=\"Process_1\" name=\"")
        out.escaped(name)
        out.raw("\" isExecutable=\"true\">\n")
        laneSet(lanes, tasks: tasks, into: &out)
        out.raw("<bpmn:startEvent id=\"StartEvent_1\">\n<bpmn:outgoing>Flow_1</bpmn:outgoing>\n</bpmn:startEvent>\n")
        for (k, task) in tasks.enumerated() {
            out.raw("<bpmn:task id=\"")
            node(k + 1, of: tasks.count, into: &out)
            out.raw("\" name=\"")
            out.escaped(task.name)
            out.raw("\">\n")
            if !task.documentation.isEmpty {
                out.raw("<bpmn:documentation>")
                out.escaped(task.documentation)
                out.raw("</bpmn:documentation>\n")
            }
            out.raw("<bpmn:incoming>Flow_")
            out.int(k + 1)
            out.raw("</bpmn:incoming>\n<bpmn:outgoing>Flow_")
            out.int(k + 2)
            out.raw("</bpmn:outgoing>\n</bpmn:task>\n")
        }
        out.raw("<bpmn:endEvent id=\"EndEvent_1\">\n<bpmn:incoming>Flow_")
        out.int(tasks.count + 1)
        out.raw("</bpmn:incoming>\n</bpmn:endEvent>\n")
        for index in 0...tasks.count {
            out.raw("<bpmn:sequenceFlow id=\"Flow_")
            out.int(index + 1)
            out.raw("\" sourceRef=\"")
            node(index, of: tasks.count, into: &out)
            out.raw("\" targetRef=\"")
            node(index + 1, of: tasks.count, into: &out)
            out.raw("\" />\n")
        }
        out.raw("</bpmn:process>\n")
        diagram(lanes: lanes, tasks: tasks, into: &out)
        out.raw("</bpmn:definitions>\n")
        return out
    }

    /// The id of node `index` of `tasks + 2`: the start event, the tasks, the end event.
    private static func node(_ index: Int, of tasks: Int, into out: inout MarkupBuffer) {
        if index == 0 {
            out.raw("StartEvent_1")
        } else if index == tasks + 1 {
            out.raw("EndEvent_1")
        } else {
            out.raw("Activity_")
            out.int(index)
        }
    }

    private static func laneSet(_ lanes: [Lane], tasks: [Task], into out: inout MarkupBuffer) {
        let startLane = tasks.first?.lane ?? 0, endLane = tasks.last?.lane ?? 0
        out.raw("<bpmn:laneSet id=\"LaneSet_1\">\n")
        for (index, lane) in lanes.enumerated() {
            out.raw("<bpmn:lane id=\"Lane_")
            out.int(index + 1)
            out.raw("\" name=\"")
            out.escaped(lane.name)
            out.raw("\">\n")
            if index == startLane { out.raw("<bpmn:flowNodeRef>StartEvent_1</bpmn:flowNodeRef>\n") }
            for (k, task) in tasks.enumerated() where task.lane == index {
                out.raw("<bpmn:flowNodeRef>Activity_")
                out.int(k + 1)
                out.raw("</bpmn:flowNodeRef>\n")
            }
            if index == endLane { out.raw("<bpmn:flowNodeRef>EndEvent_1</bpmn:flowNodeRef>\n") }
            out.raw("</bpmn:lane>\n")
        }
        out.raw("</bpmn:laneSet>\n")
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

    private static func diagram(lanes: [Lane], tasks: [Task], into out: inout MarkupBuffer) {
        let boxes = bounds(lanes: lanes.count, tasks: tasks)
        let width = boxes.last!.x + boxes.last!.w + 50
        let height = lanes.count * laneHeight
        out.raw("<bpmndi:BPMNDiagram id=\"BPMNDiagram_1\">\n<bpmndi:BPMNPlane id=\"BPMNPlane_1\" bpmnElement=\"Collaboration_1\">\n")
        shape(x: 0, y: 0, w: width, h: height, horizontal: true, into: &out) { $0.raw("Participant_1") }
        for index in lanes.indices {
            shape(x: labelBand, y: index * laneHeight, w: width - labelBand, h: laneHeight, horizontal: true, into: &out) {
                $0.raw("Lane_")
                $0.int(index + 1)
            }
        }
        for (index, box) in boxes.enumerated() {
            shape(x: box.x, y: box.y, w: box.w, h: box.h, horizontal: false, into: &out) { node(index, of: tasks.count, into: &$0) }
        }
        for index in 0..<(boxes.count - 1) {
            let from = boxes[index], to = boxes[index + 1]
            let start = (from.x + from.w, from.y + from.h / 2), end = (to.x, to.y + to.h / 2)
            out.raw("<bpmndi:BPMNEdge id=\"Flow_")
            out.int(index + 1)
            out.raw("_di\" bpmnElement=\"Flow_")
            out.int(index + 1)
            out.raw("\">\n")
            waypoint(start, into: &out)
            if start.1 != end.1 {
                let turn = (start.0 + end.0) / 2
                waypoint((turn, start.1), into: &out)
                waypoint((turn, end.1), into: &out)
            }
            waypoint(end, into: &out)
            out.raw("</bpmndi:BPMNEdge>\n")
        }
        out.raw("</bpmndi:BPMNPlane>\n</bpmndi:BPMNDiagram>\n")
    }

    private static func waypoint(_ point: (Int, Int), into out: inout MarkupBuffer) {
        out.raw("<di:waypoint x=\"")
        out.int(point.0)
        out.raw("\" y=\"")
        out.int(point.1)
        out.raw("\" />\n")
    }

    /// A shape of the element whose id `element` writes.
    private static func shape(x: Int, y: Int, w: Int, h: Int, horizontal: Bool, into out: inout MarkupBuffer,
                              element: (inout MarkupBuffer) -> Void) {
        out.raw("<bpmndi:BPMNShape id=\"")
        element(&out)
        out.raw("_di\" bpmnElement=\"")
        element(&out)
        out.raw(horizontal ? "\" isHorizontal=\"true\">\n" : "\">\n")
        out.raw("<dc:Bounds x=\"")
        out.int(x)
        out.raw("\" y=\"")
        out.int(y)
        out.raw("\" width=\"")
        out.int(w)
        out.raw("\" height=\"")
        out.int(h)
        out.raw("\" />\n</bpmndi:BPMNShape>\n")
    }
}
