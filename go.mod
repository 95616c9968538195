module github.com/newsparse/newsparse

go 1.25
