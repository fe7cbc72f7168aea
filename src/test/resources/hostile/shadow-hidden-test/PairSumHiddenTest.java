class PairSumHiddenTest {
}
