import { svelteComponent } from "../shared/svelte";
import View from "./Dataframe.svelte";

export default svelteComponent(View);
