package io.statedesk.ui.keys;

import java.util.Locale;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

/** Keys grouped by app, actor type and actor id; selecting a node filters the table. */
public final class KeyTreeView {

    public static final String TREE_ID = "key-tree";

    private final TreeView<KeyGroup> tree = new TreeView<>();
    private boolean rebuilding;

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
        rebuild(model.treeProperty().get(), KeyFilter.ALL);
        model.treeProperty().addListener((obs, old, now) -> rebuild(now, model.groupFilterProperty().get()));
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, selected) -> {
            if (!rebuilding) {
                model.groupFilterProperty().set(selected == null ? KeyFilter.ALL : selected.getValue().filter());
            }
        });
    }

    public TreeView<KeyGroup> tree() {
        return tree;
    }

    /** Rebuilds the nodes from a fresh snapshot, keeping what was expanded and selected. */
    private void rebuild(KeyGroup root, KeyFilter selected) {
        rebuilding = true;
        try {
            java.util.Set<KeyFilter> expanded = new java.util.HashSet<>();
            if (tree.getRoot() != null) {
                collectExpanded(tree.getRoot(), expanded);
            }
            TreeItem<KeyGroup> rootItem = toItem(root, expanded);
            rootItem.setExpanded(true);
            tree.setRoot(rootItem);
            TreeItem<KeyGroup> match = find(rootItem, selected);
            if (match != null) {
                tree.getSelectionModel().select(match);
            }
        } finally {
            rebuilding = false;
        }
    }

    private static TreeItem<KeyGroup> toItem(KeyGroup group, java.util.Set<KeyFilter> expanded) {
        TreeItem<KeyGroup> item = new TreeItem<>(group);
        item.setExpanded(expanded.contains(group.filter()));
        for (KeyGroup child : group.children()) {
            item.getChildren().add(toItem(child, expanded));
        }
        return item;
    }

    private static void collectExpanded(TreeItem<KeyGroup> item, java.util.Set<KeyFilter> into) {
        if (item.isExpanded()) {
            into.add(item.getValue().filter());
        }
        item.getChildren().forEach(child -> collectExpanded(child, into));
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
