/** Default label text when a component has none (Gradio shows the component's name). */
const NAMES: Record<string, string> = {
  textbox: "Textbox",
  number: "Number",
  slider: "Slider",
  checkbox: "Checkbox",
  checkboxgroup: "Checkbox Group",
  radio: "Radio",
  dropdown: "Dropdown",
  json: "JSON",
  code: "Code",
  label: "Label",
  file: "File",
  chatbot: "Chatbot",
  multimodaltextbox: "Multimodal Textbox",
  colorpicker: "Color Picker",
  datetime: "DateTime",
  highlightedtext: "Highlighted Text",
  imageslider: "Image Slider",
  fileexplorer: "File Explorer",
  plot: "Plot",
  lineplot: "Line Plot",
  scatterplot: "Scatter Plot",
  barplot: "Bar Plot",
  model3d: "3D Model",
  annotatedimage: "Annotated Image",
  dialogue: "Dialogue",
};

export function labelText(type: string, label: unknown, props?: { multiselect?: unknown }): string {
  if (typeof label === "string" && label !== "") return label;
  if (type === "dropdown" && props?.multiselect) return "Multiselect";
  return NAMES[type] ?? type;
}
