import { describe, expect, it } from 'vitest';
import { basisPointsToPercent, fromMinorUnits, percentToBasisPoints, toMinorUnits } from './decimal';

describe('money typed as a decimal', () => {
  it('becomes cents for a currency with two fraction digits', () => {
    expect(toMinorUnits('49.00', 'EUR')).toBe(4900);
    expect(toMinorUnits('49', 'EUR')).toBe(4900);
    expect(toMinorUnits('49,5', 'EUR')).toBe(4950);
    expect(toMinorUnits('0.29', 'EUR')).toBe(29);
  });

  it('stays whole for a currency without a minor unit such as JPY', () => {
    expect(toMinorUnits('500', 'JPY')).toBe(500);
    expect(toMinorUnits('500.5', 'JPY')).toBeNull();
  });

  it('is rejected when it is no amount or has too many decimals', () => {
    expect(toMinorUnits('abc', 'EUR')).toBeNull();
    expect(toMinorUnits('', 'EUR')).toBeNull();
    expect(toMinorUnits('-5', 'EUR')).toBeNull();
    expect(toMinorUnits('1.234', 'EUR')).toBeNull();
  });

  it('is shown again as the decimal it was typed as', () => {
    expect(fromMinorUnits(4900, 'EUR')).toBe('49.00');
    expect(fromMinorUnits(5, 'EUR')).toBe('0.05');
    expect(fromMinorUnits(500, 'JPY')).toBe('500');
  });
});

describe('a percentage', () => {
  it('becomes basis points', () => {
    expect(percentToBasisPoints('19')).toBe(1900);
    expect(percentToBasisPoints('22.5')).toBe(2250);
    expect(percentToBasisPoints('7,75')).toBe(775);
    expect(percentToBasisPoints('nineteen')).toBeNull();
  });

  it('is shown without trailing zeros', () => {
    expect(basisPointsToPercent(1900)).toBe('19');
    expect(basisPointsToPercent(2250)).toBe('22.5');
    expect(basisPointsToPercent(0)).toBe('0');
  });
});
