import { svelteComponent } from "../shared/svelte";
import View from "./Radio.svelte";

export default svelteComponent(View);
