// The XML element tree every XML service parser stands on: parse, then walk every element through every
// accessor.
#include "FuzzSupport.h"
#include "codec/XmlTree.h"

using namespace kontor;
using codec::XmlTree;

namespace {

void visit(const XmlTree& node, int depth)
{
    fuzz::require(depth < XmlTree::DefaultMaxDepth, "a tree deeper than the parser allows");
    fuzz::require(!node.name().isEmpty(), "an element without a name");
    fuzz::require(node.text().isEmpty() || !node.text().trimmed().isEmpty(), "whitespace-only text kept");
    for (const auto& [key, value] : node.attributes())
        fuzz::require(node.attribute(key) == value, "attribute() disagrees with attributes()");
    for (const XmlTree& child : node.children()) {
        const QList<const XmlTree*> named = node.children(child.name());
        fuzz::require(!named.isEmpty() && node.child(child.name()) == named.first(),
                      "child() is not the first of children(name)");
        fuzz::require(node.childText(child.name()) == named.first()->text(), "childText() disagrees with child()");
        visit(child, depth + 1);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const Result<XmlTree> parsed = XmlTree::parse(fuzz::bytes(data, size), QStringLiteral("Fuzz"));
    fuzz::requireWellFormed(parsed);
    if (parsed.ok())
        visit(parsed.value, 0);
    return 0;
}
