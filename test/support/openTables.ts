import { tick } from 'svelte';

/** Opens every "Show the numbers" table in a rendered widget: DataTable builds its table when opened. */
export async function openTables(container: HTMLElement) {
  for (const d of container.querySelectorAll<HTMLDetailsElement>('details.data-table')) {
    d.open = true;
    d.dispatchEvent(new Event('toggle'));
  }
  await tick();
}
