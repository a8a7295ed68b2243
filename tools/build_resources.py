print("resources: nothing to build yet")
