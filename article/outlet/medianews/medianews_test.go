package medianews

import (
	"testing"

	"github.com/newsparse/newsparse/article/outlet/outlettest"
)

func TestGolden(t *testing.T) {
	outlettest.Golden(t, Adapter, "https://www.mercurynews.com/2023/03/07/example-library-hours/")
}
