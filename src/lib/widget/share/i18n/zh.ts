import type { ShareText } from './en';

/** “嵌入或分享”面板的文字（中文版）。键与 en.ts 一一对应。 */
export const shareUi: ShareText = {
  embedLead: '把这个组件按当前设置放进课程页面（Moodle、Canvas、Google Sites 或任何 HTML 页面），或通过链接分享。',
  height: '高度',
  autoHeight: '用我们的小脚本自动适应高度',
  heightHint: '在会删除脚本的页面上，这个高度能完整显示组件；加上脚本后，框架会自动伸缩。',
  embedCode: '嵌入代码',
  link: '链接',
  copyCode: '复制嵌入代码',
  copyLink: '复制链接',
  copied: '已复制 ✓',
  copiedStatus: (what) => `${what}已复制。`,
  copyBlocked: (what) => `此处无法自动复制：${what}已选中，请按 Ctrl+C（Mac 上按 ⌘C）。`,
  linkToView: '当前视图的链接',
  lessonNotes: '教师用课堂说明',
  preview: '预览',
  previewOf: (title) => `预览：${title}`,
  embedGroup: (title) => `嵌入或分享：${title}`,
  iframeTitle: (title) => `${title}（交互组件，算力即电力）`,
};
