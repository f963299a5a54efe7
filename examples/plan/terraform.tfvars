region = "cn-shanghai"
