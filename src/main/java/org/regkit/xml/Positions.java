package org.regkit.xml;

import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * The source positions of a loaded document's elements, in one table the document holds (as its user
 * data) rather than as user data on each element: the DOM keeps a map of its own for every node that
 * has any, which for a law of 60,000 elements cost more to build than the rest of the loading.
 * An identity table with open addressing; a position is its line and column packed into a long.
 */
final class Positions {
    private static final String KEY = "regkit.positions";
    private Node[] nodes = new Node[1024];
    private long[] places = new long[1024];
    private int size;

    /** The table of a document, made and attached on first use. */
    static Positions of(Document document) {
        if (document.getUserData(KEY) instanceof Positions p) {
            return p;
        }
        Positions p = new Positions();
        document.setUserData(KEY, p, null);
        return p;
    }

    /** The table of the document a node belongs to, or null when it has none. */
    static Positions find(Node node) {
        Document d = node instanceof Document doc ? doc : node.getOwnerDocument();
        return d != null && d.getUserData(KEY) instanceof Positions p ? p : null;
    }

    void put(Node node, int line, int column) {
        if (2 * (size + 1) > nodes.length) {
            grow();
        }
        int i = slot(nodes, node);
        if (nodes[i] == null) {
            nodes[i] = node;
            size++;
        }
        places[i] = (long) line << 32 | column & 0xFFFFFFFFL;
    }

    int line(Node node) {
        int i = slot(nodes, node);
        return nodes[i] == null ? 0 : (int) (places[i] >>> 32);
    }

    int column(Node node) {
        int i = slot(nodes, node);
        return nodes[i] == null ? 0 : (int) places[i];
    }

    /** Where the node is, or the empty slot where it would go. */
    private static int slot(Node[] table, Node node) {
        int mask = table.length - 1;
        int i = System.identityHashCode(node) * 0x9E3779B9 >>> 7 & mask;
        while (table[i] != null && table[i] != node) {
            i = i + 1 & mask;
        }
        return i;
    }

    private void grow() {
        Node[] oldNodes = nodes;
        long[] oldPlaces = places;
        nodes = new Node[oldNodes.length * 2];
        places = new long[oldNodes.length * 2];
        for (int k = 0; k < oldNodes.length; k++) {
            if (oldNodes[k] != null) {
                int i = slot(nodes, oldNodes[k]);
                nodes[i] = oldNodes[k];
                places[i] = oldPlaces[k];
            }
        }
    }
}
