/**
 * The words of the "Embed or share" builder (src/controls/EmbedShare.svelte) and of the embed
 * code it writes (../snippet.ts). Apart from the widget runtime's words, so they load
 * with the builder, on first click, not with every widget. zh.ts has the same keys.
 */
export const shareUi = {
  embedLead: 'Put this widget, set as it is now, on a course page (Moodle, Canvas, Google Sites, any HTML page), or share it by link.',
  height: 'Height',
  autoHeight: 'Resize to fit with our small script',
  heightHint: 'The height shows the whole widget on pages that remove scripts; with the script, the frame shrinks or grows to fit.',
  embedCode: 'Embed code',
  link: 'Link',
  copyCode: 'Copy embed code',
  copyLink: 'Copy link',
  copied: 'Copied ✓',
  copiedStatus: (what: string) => `${what} copied.`,
  copyBlocked: (what: string) => `Copying is blocked here: the ${what.toLowerCase()} is selected, so press Ctrl+C (⌘C on a Mac).`,
  linkToView: 'Link to this view',
  lessonNotes: 'Lesson notes for teachers',
  preview: 'Preview',
  previewOf: (title: string) => `Preview: ${title}`,
  embedGroup: (title: string) => `Embed or share: ${title}`,
  iframeTitle: (title: string) => `${title} (interactive, Compute Is Power)`,
};

export type ShareText = typeof shareUi;
