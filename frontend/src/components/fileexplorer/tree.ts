/** FileExplorer's tree: the server sends file paths as segment lists; folders are implied. */
export interface TreeNode {
  name: string;
  path: string[];
  children: TreeNode[] | null; // null for a file
}

export function buildTree(files: string[][]): TreeNode[] {
  const root: TreeNode = { name: "", path: [], children: [] };
  for (const segments of files) {
    let node = root;
    segments.forEach((name, i) => {
      const isFile = i === segments.length - 1;
      let next = node.children!.find((child) => child.name === name && (child.children === null) === isFile);
      if (!next) {
        next = { name, path: segments.slice(0, i + 1), children: isFile ? null : [] };
        node.children!.push(next);
      }
      node = next;
    });
  }
  const sort = (nodes: TreeNode[]) => {
    nodes.sort((a, b) => Number(a.children === null) - Number(b.children === null) || a.name.localeCompare(b.name));
    for (const n of nodes) if (n.children) sort(n.children);
  };
  sort(root.children!);
  return root.children!;
}

export const key = (path: string[]) => path.join("/");

/** Every file under a node (for selecting a whole folder). */
export function filesUnder(node: TreeNode): string[][] {
  return node.children === null ? [node.path] : node.children.flatMap(filesUnder);
}
