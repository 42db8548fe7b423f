/// Whether a walk goes into an element's children.
enum WalkStep {
    case descend, skip
}

/// Receives the nodes of a subtree in document order.
///
/// `exit` is called for exactly the nodes whose `enter` returned `.descend`, after their
/// children, so a visitor can keep its own stack of open elements.
protocol DOMVisitor {
    mutating func enter(_ node: HTMLNode) -> WalkStep
    mutating func exit(_ node: HTMLNode)
}

/// Walks the subtree under `root` (included) without recursion: pages nest thousands of
/// elements deep, and workers run on threads with small stacks.
func walkDOM<Visitor: DOMVisitor>(from root: HTMLNode, visitor: inout Visitor) {
    var node = root
    var step = visitor.enter(node)
    while true {
        if step == .descend, let child = node.pointee.children {
            node = child
            step = visitor.enter(node)
            continue
        }
        if step == .descend { visitor.exit(node) }
        while true {
            if node == root { return }
            if let next = node.pointee.next {
                node = next
                step = visitor.enter(node)
                break
            }
            guard let parent = node.pointee.parent else { return }
            node = parent
            visitor.exit(node)
        }
    }
}
