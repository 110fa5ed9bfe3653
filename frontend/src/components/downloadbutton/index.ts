import { svelteComponent } from "../shared/svelte";
import View from "./DownloadButton.svelte";

export default svelteComponent(View);
