import { svelteComponent } from "../shared/svelte";
import View from "./Markdown.svelte";

export default svelteComponent(View);
