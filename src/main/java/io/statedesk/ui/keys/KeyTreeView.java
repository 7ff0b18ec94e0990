package io.statedesk.ui.keys;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

/** Keys grouped by app, actor type and actor id; selecting a node filters the table. */
public final class KeyTreeView {

    public static final String TREE_ID = "key-tree";

    private final TreeView<KeyGroup> tree = new TreeView<>();
    private boolean updating;

    public KeyTreeView(KeyTableViewModel model) {
        tree.setId(TREE_ID);
        tree.setShowRoot(true);
        tree.setCellFactory(view -> new TreeCell<>() {
            @Override
            protected void updateItem(KeyGroup group, boolean empty) {
                super.updateItem(group, empty);
                setText(empty || group == null ? null
                        : group.label() + String.format(Locale.ROOT, "  (%,d)", group.count()));
            }
        });
        GroupItem root = new GroupItem(model.treeProperty().get());
        root.setExpanded(true);
        tree.setRoot(root);
        update(root, model.treeProperty().get());
        model.treeProperty().addListener((obs, old, now) -> show(now, model.groupFilterProperty().get()));
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, selected) -> {
            if (!updating) {
                model.groupFilterProperty().set(selected == null ? KeyFilter.ALL : selected.getValue().filter());
            }
        });
    }

    public TreeView<KeyGroup> tree() {
        return tree;
    }

    /**
     * Brings the nodes up to a fresh snapshot in place. While a scan streams this runs every few hundred
     * milliseconds; replacing the root instead would make the tree rebuild and restyle all its cells each time.
     * Nodes keep their expanded state because they are the same nodes; the selection follows its filter. Only
     * expanded nodes get their children updated (a collapsed actor type may hold 100,000 actor ids); a node fills
     * in its children from the latest snapshot when it is expanded.
     */
    private void show(KeyGroup snapshot, KeyFilter selected) {
        updating = true;
        try {
            update((GroupItem) tree.getRoot(), snapshot);
            TreeItem<KeyGroup> current = tree.getSelectionModel().getSelectedItem();
            if (current == null || !current.getValue().filter().equals(selected)) {
                TreeItem<KeyGroup> match = find(tree.getRoot(), selected);
                if (match != null) {
                    tree.getSelectionModel().select(match);
                } else {
                    tree.getSelectionModel().clearSelection();
                }
            }
        } finally {
            updating = false;
        }
    }

    private static void update(GroupItem item, KeyGroup group) {
        item.latest = group;
        // Label and count are what a cell shows; comparing whole records would walk every subtree on each update.
        KeyGroup shown = item.getValue();
        if (shown == null || shown.count() != group.count() || !shown.label().equals(group.label())) {
            item.setValue(group);
        }
        if (!item.isExpanded()) {
            return;
        }
        Map<KeyFilter, GroupItem> existing = new HashMap<>();
        for (TreeItem<KeyGroup> child : item.getChildren()) {
            existing.put(child.getValue().filter(), (GroupItem) child);
        }
        List<TreeItem<KeyGroup>> children = new ArrayList<>(group.children().size());
        for (KeyGroup childGroup : group.children()) {
            GroupItem child = existing.get(childGroup.filter());
            if (child == null) {
                child = new GroupItem(childGroup);
            }
            update(child, childGroup);
            children.add(child);
        }
        if (!sameItems(item.getChildren(), children)) {
            item.getChildren().setAll(children);
        }
    }

    /** A tree node that knows the latest snapshot of its group, shown or not, and fills in when expanded. */
    private static final class GroupItem extends TreeItem<KeyGroup> {
        private KeyGroup latest;

        GroupItem(KeyGroup group) {
            super(group);
            latest = group;
            expandedProperty().addListener((obs, was, now) -> {
                if (now) {
                    update(this, latest);
                }
            });
        }

        @Override
        public boolean isLeaf() {
            return latest.children().isEmpty();
        }
    }

    private static boolean sameItems(List<TreeItem<KeyGroup>> now, List<TreeItem<KeyGroup>> next) {
        if (now.size() != next.size()) {
            return false;
        }
        for (int i = 0; i < now.size(); i++) {
            if (now.get(i) != next.get(i)) {
                return false;
            }
        }
        return true;
    }

    private static TreeItem<KeyGroup> find(TreeItem<KeyGroup> item, KeyFilter filter) {
        if (item.getValue().filter().equals(filter)) {
            return item;
        }
        for (TreeItem<KeyGroup> child : item.getChildren()) {
            TreeItem<KeyGroup> match = find(child, filter);
            if (match != null) {
                return match;
            }
        }
        return null;
    }
}
