import { svelteComponent } from "../shared/svelte";
import View from "./HighlightedText.svelte";

export default svelteComponent(View);
