import podium as pd


def greet(name: str) -> str:
    return f"Hello {name}!"


demo = pd.Interface(greet, "text", "text", title="Hello, Podium", description="Type a name and press Enter.")

if __name__ == "__main__":
    demo.launch()
