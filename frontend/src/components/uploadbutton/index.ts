import { svelteComponent } from "../shared/svelte";
import View from "./UploadButton.svelte";

export default svelteComponent(View);
