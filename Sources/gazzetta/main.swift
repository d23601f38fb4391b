print("gazzetta")
