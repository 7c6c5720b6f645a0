/** Whether `node` is inside a text field or an editable region: selections there are typing, not reading. */
export function isEditable(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!element?.closest('input, textarea, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]');
}
