///Module containing a contract's types and functions.
/**

```solidity
library IDelegation {
    struct DelegationView { uint256 shares; uint256 tokens; uint256 unbondingShares; uint256 unbondingTokens; uint256 releaseAt; uint256 redelegatedAt; uint256 rewards; }
    struct PoolView { uint256 ownStake; uint256 delegatedTokens; uint256 delegatedShares; uint256 unbondingTokens; uint256 unbondingShares; uint256 delegators; uint256 commissionBps; uint256 pendingCommissionBps; uint256 commissionEffectiveAt; }
}
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod IDelegation {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct DelegationView { uint256 shares; uint256 tokens; uint256 unbondingShares; uint256 unbondingTokens; uint256 releaseAt; uint256 redelegatedAt; uint256 rewards; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DelegationView {
        #[allow(missing_docs)]
        pub shares: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub tokens: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub unbondingShares: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub unbondingTokens: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub releaseAt: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub redelegatedAt: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub rewards: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<DelegationView> for UnderlyingRustTuple<'_> {
            fn from(value: DelegationView) -> Self {
                (
                    value.shares,
                    value.tokens,
                    value.unbondingShares,
                    value.unbondingTokens,
                    value.releaseAt,
                    value.redelegatedAt,
                    value.rewards,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for DelegationView {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    shares: tuple.0,
                    tokens: tuple.1,
                    unbondingShares: tuple.2,
                    unbondingTokens: tuple.3,
                    releaseAt: tuple.4,
                    redelegatedAt: tuple.5,
                    rewards: tuple.6,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for DelegationView {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for DelegationView {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.shares),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.tokens),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.unbondingShares),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.unbondingTokens),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.releaseAt),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.redelegatedAt),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.rewards),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(
                &self,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(&tuple, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_packed_encoded_size(&tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for DelegationView {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for DelegationView {
            const NAME: &'static str = "DelegationView";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "DelegationView(uint256 shares,uint256 tokens,uint256 unbondingShares,uint256 unbondingTokens,uint256 releaseAt,uint256 redelegatedAt,uint256 rewards)",
                )
            }
            #[inline]
            fn eip712_components() -> alloy_sol_types::private::Vec<
                alloy_sol_types::private::Cow<'static, str>,
            > {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.shares)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.tokens)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.unbondingShares,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.unbondingTokens,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.releaseAt)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.redelegatedAt)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.rewards)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for DelegationView {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.shares,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.tokens,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.unbondingShares,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.unbondingTokens,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.releaseAt,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.redelegatedAt,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.rewards,
                    )
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(
                    <Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust),
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.shares,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.tokens,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.unbondingShares,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.unbondingTokens,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.releaseAt,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.redelegatedAt,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.rewards,
                    out,
                );
            }
            #[inline]
            fn encode_topic(
                rust: &Self::RustType,
            ) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    rust,
                    &mut out,
                );
                alloy_sol_types::abi::token::WordToken(
                    alloy_sol_types::private::keccak256(out),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct PoolView { uint256 ownStake; uint256 delegatedTokens; uint256 delegatedShares; uint256 unbondingTokens; uint256 unbondingShares; uint256 delegators; uint256 commissionBps; uint256 pendingCommissionBps; uint256 commissionEffectiveAt; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct PoolView {
        #[allow(missing_docs)]
        pub ownStake: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub delegatedTokens: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub delegatedShares: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub unbondingTokens: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub unbondingShares: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub delegators: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub commissionBps: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub pendingCommissionBps: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub commissionEffectiveAt: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<PoolView> for UnderlyingRustTuple<'_> {
            fn from(value: PoolView) -> Self {
                (
                    value.ownStake,
                    value.delegatedTokens,
                    value.delegatedShares,
                    value.unbondingTokens,
                    value.unbondingShares,
                    value.delegators,
                    value.commissionBps,
                    value.pendingCommissionBps,
                    value.commissionEffectiveAt,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for PoolView {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    ownStake: tuple.0,
                    delegatedTokens: tuple.1,
                    delegatedShares: tuple.2,
                    unbondingTokens: tuple.3,
                    unbondingShares: tuple.4,
                    delegators: tuple.5,
                    commissionBps: tuple.6,
                    pendingCommissionBps: tuple.7,
                    commissionEffectiveAt: tuple.8,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for PoolView {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for PoolView {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.ownStake),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.delegatedTokens),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.delegatedShares),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.unbondingTokens),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.unbondingShares),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.delegators),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.commissionBps),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.pendingCommissionBps),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.commissionEffectiveAt),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(
                &self,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(&tuple, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_packed_encoded_size(&tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for PoolView {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for PoolView {
            const NAME: &'static str = "PoolView";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "PoolView(uint256 ownStake,uint256 delegatedTokens,uint256 delegatedShares,uint256 unbondingTokens,uint256 unbondingShares,uint256 delegators,uint256 commissionBps,uint256 pendingCommissionBps,uint256 commissionEffectiveAt)",
                )
            }
            #[inline]
            fn eip712_components() -> alloy_sol_types::private::Vec<
                alloy_sol_types::private::Cow<'static, str>,
            > {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.ownStake)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.delegatedTokens,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.delegatedShares,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.unbondingTokens,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.unbondingShares,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.delegators)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.commissionBps)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.pendingCommissionBps,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.commissionEffectiveAt,
                        )
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for PoolView {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.ownStake,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.delegatedTokens,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.delegatedShares,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.unbondingTokens,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.unbondingShares,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.delegators,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.commissionBps,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.pendingCommissionBps,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.commissionEffectiveAt,
                    )
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(
                    <Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust),
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.ownStake,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.delegatedTokens,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.delegatedShares,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.unbondingTokens,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.unbondingShares,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.delegators,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.commissionBps,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.pendingCommissionBps,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.commissionEffectiveAt,
                    out,
                );
            }
            #[inline]
            fn encode_topic(
                rust: &Self::RustType,
            ) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    rust,
                    &mut out,
                );
                alloy_sol_types::abi::token::WordToken(
                    alloy_sol_types::private::keccak256(out),
                )
            }
        }
    };
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`IDelegation`](self) contract instance.

See the [wrapper's documentation](`IDelegationInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> IDelegationInstance<P, N> {
        IDelegationInstance::<P, N>::new(address, __provider)
    }
    /**A [`IDelegation`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`IDelegation`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct IDelegationInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for IDelegationInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("IDelegationInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > IDelegationInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`IDelegation`](self) contract instance.

See the [wrapper's documentation](`IDelegationInstance`) for more details.*/
        #[inline]
        pub const fn new(
            address: alloy_sol_types::private::Address,
            __provider: P,
        ) -> Self {
            Self {
                address,
                provider: __provider,
                _network: ::core::marker::PhantomData,
            }
        }
        /// Returns a reference to the address.
        #[inline]
        pub const fn address(&self) -> &alloy_sol_types::private::Address {
            &self.address
        }
        /// Sets the address.
        #[inline]
        pub fn set_address(&mut self, address: alloy_sol_types::private::Address) {
            self.address = address;
        }
        /// Sets the address and returns `self`.
        pub fn at(mut self, address: alloy_sol_types::private::Address) -> Self {
            self.set_address(address);
            self
        }
        /// Returns a reference to the provider.
        #[inline]
        pub const fn provider(&self) -> &P {
            &self.provider
        }
    }
    impl<P: ::core::clone::Clone, N> IDelegationInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> IDelegationInstance<P, N> {
            IDelegationInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > IDelegationInstance<P, N> {
        /// Creates a new call builder using this contract instance's provider and address.
        ///
        /// Note that the call can be any function call, not just those defined in this
        /// contract. Prefer using the other methods for building type-safe contract calls.
        pub fn call_builder<C: alloy_sol_types::SolCall>(
            &self,
            call: &C,
        ) -> alloy_contract::SolCallBuilder<&P, C, N> {
            alloy_contract::SolCallBuilder::new_sol(&self.provider, &self.address, call)
        }
    }
    /// Event filters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > IDelegationInstance<P, N> {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(
            &self,
        ) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
    }
}
/**

Generated by the following Solidity interface...
```solidity
library IDelegation {
    struct DelegationView {
        uint256 shares;
        uint256 tokens;
        uint256 unbondingShares;
        uint256 unbondingTokens;
        uint256 releaseAt;
        uint256 redelegatedAt;
        uint256 rewards;
    }
    struct PoolView {
        uint256 ownStake;
        uint256 delegatedTokens;
        uint256 delegatedShares;
        uint256 unbondingTokens;
        uint256 unbondingShares;
        uint256 delegators;
        uint256 commissionBps;
        uint256 pendingCommissionBps;
        uint256 commissionEffectiveAt;
    }
}

interface Delegation {
    error AccessControlBadConfirmation();
    error AccessControlUnauthorizedAccount(address account, bytes32 neededRole);
    error AddressEmptyCode(address target);
    error CommissionTooHigh(uint256 bps, uint256 maxBps);
    error ERC1967InvalidImplementation(address implementation);
    error ERC1967NonPayable();
    error FailedCall();
    error InsufficientShares(uint256 shares, uint256 required);
    error InvalidInitialization();
    error InvalidSlashBps(uint256 bps);
    error NotInitializing();
    error NotNodeOperator(address operator);
    error NotSelectionManager(address caller);
    error NotTreasury(address caller);
    error NothingToClaim();
    error NothingUnbonding();
    error ParameterOutOfBounds(uint256 value, uint256 minimum, uint256 maximum);
    error PoolWiped(address operator);
    error RedelegationToSamePool(address operator);
    error RedelegationTooSoon(uint256 redelegatedAt, uint256 allowedAt);
    error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value);
    error SafeERC20FailedOperation(address token);
    error SelfDelegation(address operator);
    error StillUnbonding(uint256 releaseAt);
    error UUPSUnauthorizedCallContext();
    error UUPSUnsupportedProxiableUUID(bytes32 slot);
    error WeightExceeded(uint256 weight, uint256 removed);
    error ZeroAddress();
    error ZeroAmount();
    error ZeroShares(uint256 amount);

    event CommissionChangeScheduled(address indexed operator, uint256 previousBps, uint256 newBps, uint256 effectiveAt);
    event CommissionUpdated(address indexed operator, uint256 previousBps, uint256 newBps);
    event Delegated(address indexed delegator, address indexed operator, uint256 amount, uint256 shares);
    event DelegationWithdrawn(address indexed delegator, address indexed operator, uint256 amount, uint256 unbondingShares);
    event Initialized(uint64 version);
    event MaxCommissionBpsUpdated(uint256 previousBps, uint256 newBps);
    event MinimumSelfStakeBpsUpdated(uint256 previousBps, uint256 newBps);
    event OwnStakeUpdated(address indexed operator, uint256 previousStake, uint256 newStake);
    event PoolSlashed(address indexed operator, uint256 bps, uint256 fromDelegated, uint256 fromUnbonding);
    event Redelegated(address indexed delegator, address indexed from, address indexed to, uint256 amount, uint256 sharesBurned, uint256 sharesMinted);
    event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole);
    event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender);
    event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender);
    event StakingRewardsClaimed(address indexed account, address indexed operator, uint256 amount);
    event StakingRewardsNotified(uint256 amount, uint256 indexed interval);
    event Undelegated(address indexed delegator, address indexed operator, uint256 amount, uint256 shares, uint256 unbondingShares, uint256 releaseAt);
    event Upgraded(address indexed implementation);

    constructor();

    function DEFAULT_ADMIN_ROLE() external view returns (bytes32);
    function DEFAULT_MAX_COMMISSION_BPS() external view returns (uint16);
    function DEFAULT_MINIMUM_SELF_STAKE_BPS() external view returns (uint16);
    function MAX_COMMISSION_CAP_BPS() external view returns (uint256);
    function MIN_SELF_STAKE_FLOOR_BPS() external view returns (uint256);
    function REWARD_INTERVAL() external view returns (uint256);
    function UPGRADE_INTERFACE_VERSION() external view returns (string memory);
    function claimStakingRewards(address operator) external returns (uint256 amount);
    function claimableStakingRewards(address operator, address account) external returns (uint256 amount);
    function delegate(address operator, uint256 amount) external returns (uint256 shares);
    function delegatedTo(address operator) external view returns (uint256);
    function delegation(address delegator, address operator) external view returns (IDelegation.DelegationView memory view_);
    function getRoleAdmin(bytes32 role) external view returns (bytes32);
    function grantRole(bytes32 role, address account) external;
    function hasRole(bytes32 role, address account) external view returns (bool);
    function heldStakingRewards() external view returns (uint256);
    function initialize(address admin, address selectionManager_, address treasury_, address xmtpToken_) external;
    function intervalOf(uint256 timestamp) external pure returns (uint256);
    function isEligible(address operator, uint256 ownStake, uint256 minimumStake) external view returns (bool);
    function maxCommissionBps() external view returns (uint256);
    function minimumSelfStakeBps() external view returns (uint256);
    function nodes() external view returns (address);
    function notifyStakingRewards(uint256 amount) external;
    function onOwnStakeChanged(address operator, uint256 newStake) external;
    function onSlashed(address operator, uint256 bps, uint256 newOwnStake) external returns (uint256 amount);
    function operatorRewards(address operator) external view returns (uint256);
    function pool(address operator) external view returns (IDelegation.PoolView memory view_);
    function proxiableUUID() external view returns (bytes32);
    function redelegate(address from, address to, uint256 amount) external returns (uint256 sharesMinted);
    function renounceRole(bytes32 role, address callerConfirmation) external;
    function revokeRole(bytes32 role, address account) external;
    function selectionManager() external view returns (address);
    function setCommission(uint256 bps) external;
    function setMaxCommissionBps(uint256 bps) external;
    function setMinimumSelfStakeBps(uint256 bps) external;
    function slashableOf(address operator) external view returns (uint256);
    function stakingRewardTotals() external view returns (uint256 notified, uint256 claimed);
    function supportsInterface(bytes4 interfaceId) external view returns (bool);
    function syncPool(address operator) external;
    function treasury() external view returns (address);
    function undelegate(address operator, uint256 amount) external returns (uint256 shares);
    function upgradeToAndCall(address newImplementation, bytes memory data) external payable;
    function withdrawUnbonded(address operator) external returns (uint256 amount);
    function xmtpToken() external view returns (address);
}
```

...which was generated by the following JSON ABI:
```json
[
  {
    "type": "constructor",
    "inputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "DEFAULT_ADMIN_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "DEFAULT_MAX_COMMISSION_BPS",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint16",
        "internalType": "uint16"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "DEFAULT_MINIMUM_SELF_STAKE_BPS",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint16",
        "internalType": "uint16"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MAX_COMMISSION_CAP_BPS",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MIN_SELF_STAKE_FLOOR_BPS",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "REWARD_INTERVAL",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "UPGRADE_INTERFACE_VERSION",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "string",
        "internalType": "string"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "claimStakingRewards",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "claimableStakingRewards",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "delegate",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "shares",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "delegatedTo",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "delegation",
    "inputs": [
      {
        "name": "delegator",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "view_",
        "type": "tuple",
        "internalType": "struct IDelegation.DelegationView",
        "components": [
          {
            "name": "shares",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "tokens",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "unbondingShares",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "unbondingTokens",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "releaseAt",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "redelegatedAt",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "rewards",
            "type": "uint256",
            "internalType": "uint256"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getRoleAdmin",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "grantRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "hasRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "heldStakingRewards",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "initialize",
    "inputs": [
      {
        "name": "admin",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "selectionManager_",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "treasury_",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "xmtpToken_",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "intervalOf",
    "inputs": [
      {
        "name": "timestamp",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "pure"
  },
  {
    "type": "function",
    "name": "isEligible",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "ownStake",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "minimumStake",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "maxCommissionBps",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "minimumSelfStakeBps",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "nodes",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "notifyStakingRewards",
    "inputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "onOwnStakeChanged",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "newStake",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "onSlashed",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "bps",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "newOwnStake",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "operatorRewards",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "pool",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "view_",
        "type": "tuple",
        "internalType": "struct IDelegation.PoolView",
        "components": [
          {
            "name": "ownStake",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "delegatedTokens",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "delegatedShares",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "unbondingTokens",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "unbondingShares",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "delegators",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "commissionBps",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "pendingCommissionBps",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "commissionEffectiveAt",
            "type": "uint256",
            "internalType": "uint256"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "proxiableUUID",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "redelegate",
    "inputs": [
      {
        "name": "from",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "to",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "sharesMinted",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "renounceRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "callerConfirmation",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "revokeRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "selectionManager",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "setCommission",
    "inputs": [
      {
        "name": "bps",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setMaxCommissionBps",
    "inputs": [
      {
        "name": "bps",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setMinimumSelfStakeBps",
    "inputs": [
      {
        "name": "bps",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "slashableOf",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "stakingRewardTotals",
    "inputs": [],
    "outputs": [
      {
        "name": "notified",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "claimed",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "supportsInterface",
    "inputs": [
      {
        "name": "interfaceId",
        "type": "bytes4",
        "internalType": "bytes4"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "syncPool",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "treasury",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "undelegate",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "shares",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "upgradeToAndCall",
    "inputs": [
      {
        "name": "newImplementation",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "data",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [],
    "stateMutability": "payable"
  },
  {
    "type": "function",
    "name": "withdrawUnbonded",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "xmtpToken",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "event",
    "name": "CommissionChangeScheduled",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "previousBps",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "newBps",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "effectiveAt",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "CommissionUpdated",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "previousBps",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "newBps",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Delegated",
    "inputs": [
      {
        "name": "delegator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "operator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "shares",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "DelegationWithdrawn",
    "inputs": [
      {
        "name": "delegator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "operator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "unbondingShares",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Initialized",
    "inputs": [
      {
        "name": "version",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "MaxCommissionBpsUpdated",
    "inputs": [
      {
        "name": "previousBps",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "newBps",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "MinimumSelfStakeBpsUpdated",
    "inputs": [
      {
        "name": "previousBps",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "newBps",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "OwnStakeUpdated",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "previousStake",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "newStake",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "PoolSlashed",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "bps",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "fromDelegated",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "fromUnbonding",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Redelegated",
    "inputs": [
      {
        "name": "delegator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "from",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "to",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "sharesBurned",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "sharesMinted",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleAdminChanged",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "previousAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "newAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleGranted",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleRevoked",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "StakingRewardsClaimed",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "operator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "StakingRewardsNotified",
    "inputs": [
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "interval",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Undelegated",
    "inputs": [
      {
        "name": "delegator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "operator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "shares",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "unbondingShares",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "releaseAt",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Upgraded",
    "inputs": [
      {
        "name": "implementation",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "AccessControlBadConfirmation",
    "inputs": []
  },
  {
    "type": "error",
    "name": "AccessControlUnauthorizedAccount",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "neededRole",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "AddressEmptyCode",
    "inputs": [
      {
        "name": "target",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "CommissionTooHigh",
    "inputs": [
      {
        "name": "bps",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "maxBps",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC1967InvalidImplementation",
    "inputs": [
      {
        "name": "implementation",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC1967NonPayable",
    "inputs": []
  },
  {
    "type": "error",
    "name": "FailedCall",
    "inputs": []
  },
  {
    "type": "error",
    "name": "InsufficientShares",
    "inputs": [
      {
        "name": "shares",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "required",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidInitialization",
    "inputs": []
  },
  {
    "type": "error",
    "name": "InvalidSlashBps",
    "inputs": [
      {
        "name": "bps",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "NotInitializing",
    "inputs": []
  },
  {
    "type": "error",
    "name": "NotNodeOperator",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "NotSelectionManager",
    "inputs": [
      {
        "name": "caller",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "NotTreasury",
    "inputs": [
      {
        "name": "caller",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "NothingToClaim",
    "inputs": []
  },
  {
    "type": "error",
    "name": "NothingUnbonding",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ParameterOutOfBounds",
    "inputs": [
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "minimum",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "maximum",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "PoolWiped",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "RedelegationToSamePool",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "RedelegationTooSoon",
    "inputs": [
      {
        "name": "redelegatedAt",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "allowedAt",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "SafeCastOverflowedUintDowncast",
    "inputs": [
      {
        "name": "bits",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "SafeERC20FailedOperation",
    "inputs": [
      {
        "name": "token",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "SelfDelegation",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "StillUnbonding",
    "inputs": [
      {
        "name": "releaseAt",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "UUPSUnauthorizedCallContext",
    "inputs": []
  },
  {
    "type": "error",
    "name": "UUPSUnsupportedProxiableUUID",
    "inputs": [
      {
        "name": "slot",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "WeightExceeded",
    "inputs": [
      {
        "name": "weight",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "removed",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ZeroAddress",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ZeroAmount",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ZeroShares",
    "inputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  }
]
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod Delegation {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    /// The creation / init bytecode of the contract.
    ///
    /// ```text
    ///0x60a060405230608052348015610013575f5ffd5b5061001c610021565b6100d3565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156100715760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146100d05780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b608051613ee96100f95f395f8181612c2901528181612c520152612d7f0152613ee95ff3fe60806040526004361061025f575f3560e01c8063543be7311161013f5780638fb2e2c2116100b3578063ad3cb1cc11610078578063ad3cb1cc14610780578063aeffaa47146107bd578063b369af71146107dc578063d547741f146107fb578063d7afee471461081a578063f8c8765e1461082f575f5ffd5b80638fb2e2c2146106fc57806391d148541461071b578063929ac35f1461073a57806396bb1fef1461074e578063a217fddf1461076d575f5ffd5b806364818bd11161010457806364818bd11461065857806365da12641461066c5780636bd8f8041461068b5780637c8c3394146106aa57806380af6ff6146106be578063845dae24146106dd575f5ffd5b8063543be731146105dc5780635db82fa0146105fb5780635dbdda691461060f57806361d027b31461062557806363264baa14610639575f5ffd5b80633281a78e116101d65780633e91adca1161019b5780633e91adca1461052257806341a2b8d61461054e57806347590a0f1461056d5780634d99dd16146105965780634f1ef286146105b557806352d1902d146105c8575f5ffd5b80633281a78e1461049d578063355e6b43146104bc57806336568abe146104db57806339955cf4146104fa5780633e17b6001461050e575f5ffd5b80631129ee37116102275780631129ee3714610378578063156522a8146103975780631b91037714610422578063248a9ca314610437578063262ddec3146104565780632f2ff15d1461047e575f5ffd5b806301ffc9a714610263578063026e402b14610297578063046d3307146102c457806308ac776b146103385780630995ad4c14610359575b5f5ffd5b34801561026e575f5ffd5b5061028261027d366004613a28565b61084e565b60405190151581526020015b60405180910390f35b3480156102a2575f5ffd5b506102b66102b1366004613a63565b610884565b60405190815260200161028e565b3480156102cf575f5ffd5b506102e36102de366004613a8d565b610979565b60405161028e91905f60e082019050825182526020830151602083015260408301516040830152606083015160608301526080830151608083015260a083015160a083015260c083015160c083015292915050565b348015610343575f5ffd5b50610357610352366004613a63565b610b4d565b005b348015610364575f5ffd5b50610357610373366004613ac4565b610b9f565b348015610383575f5ffd5b506102b6610392366004613adb565b610c2b565b3480156103a2575f5ffd5b506103b66103b1366004613adb565b610c7e565b60405161028e91905f61012082019050825182526020830151602083015260408301516040830152606083015160608301526080830151608083015260a083015160a083015260c083015160c083015260e083015160e083015261010083015161010083015292915050565b34801561042d575f5ffd5b506102b661138881565b348015610442575f5ffd5b506102b6610451366004613ac4565b610e13565b348015610461575f5ffd5b5061046b6107d081565b60405161ffff909116815260200161028e565b348015610489575f5ffd5b50610357610498366004613af6565b610e33565b3480156104a8575f5ffd5b506102826104b7366004613b19565b610e55565b3480156104c7575f5ffd5b506103576104d6366004613ac4565b610eaa565b3480156104e6575f5ffd5b506103576104f5366004613af6565b6111c9565b348015610505575f5ffd5b506102b66111fc565b348015610519575f5ffd5b506102b6611227565b34801561052d575f5ffd5b50610536611241565b6040516001600160a01b03909116815260200161028e565b348015610559575f5ffd5b506102b6610568366004613adb565b611259565b348015610578575f5ffd5b506105816112a7565b6040805192835260208301919091520161028e565b3480156105a1575f5ffd5b506102b66105b0366004613a63565b6112c7565b6103576105c3366004613b5f565b6114a7565b3480156105d3575f5ffd5b506102b66114c6565b3480156105e7575f5ffd5b506102b66105f6366004613a8d565b6114e1565b348015610606575f5ffd5b5061053661155b565b34801561061a575f5ffd5b506102b662093a8081565b348015610630575f5ffd5b50610536611576565b348015610644575f5ffd5b50610357610653366004613ac4565b611591565b348015610663575f5ffd5b506102b661164f565b348015610677575f5ffd5b506102b6610686366004613adb565b611669565b348015610696575f5ffd5b506102b66106a5366004613c25565b611698565b3480156106b5575f5ffd5b506102b6606481565b3480156106c9575f5ffd5b506102b66106d8366004613b19565b611902565b3480156106e8575f5ffd5b506103576106f7366004613ac4565b611a9c565b348015610707575f5ffd5b50610357610716366004613adb565b611b27565b348015610726575f5ffd5b50610282610735366004613af6565b611b38565b348015610745575f5ffd5b50610536611b6e565b348015610759575f5ffd5b506102b6610768366004613adb565b611b89565b348015610778575f5ffd5b506102b65f81565b34801561078b575f5ffd5b506107b0604051806040016040528060058152602001640352e302e360dc1b81525081565b60405161028e9190613c63565b3480156107c8575f5ffd5b506102b66107d7366004613adb565b611cb8565b3480156107e7575f5ffd5b506102b66107f6366004613ac4565b611ea2565b348015610806575f5ffd5b50610357610815366004613af6565b611eb0565b348015610825575f5ffd5b5061046b6103e881565b34801561083a575f5ffd5b50610357610849366004613c98565b611ecc565b5f6001600160e01b03198216637965db0b60e01b148061087e57506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f815f036108a557604051631f2a200560e01b815260040160405180910390fd5b336001600160a01b038416036108de5760405163d556be9360e01b81526001600160a01b03841660048201526024015b60405180910390fd5b5f6108e7612140565b90505f6108f48286612164565b905061090182828761237f565b61090e828287338861244e565b60408051868152602081018390529194506001600160a01b0387169133917f24d7bda8602b916d64417f0dbfe2e2e88ec9b1157bd9f596dfdb91ba26624e04910160405180910390a36002820154610971906001600160a01b031633308761257b565b505092915050565b6109b26040518060e001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b5f6109bb612140565b6001600160a01b038085165f818152600a840160209081526040808320948a16808452600b870183528184208585528352818420908452600c808801845282852095855294835292819020815160808101835290546001600160801b038116825264ffffffffff600160801b8204811694830194909452600160a81b81049093169181019190915263ffffffff600160d01b909204821660608201819052938501549596509394919392600160e01b9092041614610a77575f81525b5f610a81836125e2565b90506040518060e00160405280828152602001610ab283610aa188612602565b610aad896003016125e2565b612625565b815283516001600160801b0390811660208301528451600c880154604090930192610af29291821691600160601b820416906001600160601b0316612625565b8152602001836020015164ffffffffff168152602001836040015164ffffffffff1681526020016a0c097ce7bc90715b34b9f160241b610b358760060187612647565b610b3f9190613d19565b905298975050505050505050565b5f610b56612140565b80549091506001600160a01b03163314610b85576040516328b21fed60e01b81523360048201526024016108d5565b610b9a81610b938386612164565b858561271c565b505050565b5f610ba9816127ba565b610bb78260646127106127c7565b5f610bc0612140565b805460408051600160b01b90920461ffff168252602082018690529192507f2349fea6da333fc947eb02459a897d904548a597fd037cf78a43190233f77ef2910160405180910390a1805461ffff909316600160b01b0261ffff60b01b199093169290921790915550565b5f5f610c35612140565b6001600160a01b0384165f908152600a9190910160205260409020600c8101549091506001600160601b0316610c6d600383016125e2565b610c779190613d2c565b9392505050565b610cc46040518061012001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b5f610ccd612140565b6001600160a01b0384165f908152600a82016020908152604091829020825160a081018452600b82015461ffff8082168352620100008204811694830194909452640100000000810464ffffffffff1682860152600160481b810463ffffffff166060830152600160681b900460ff161515608082015284548451610120810190955294955090939092600160a01b9091049091169080610d6d856125e2565b8152602001610d7e856003016125e2565b8152602001610d8c85612602565b8152600c8501546001600160601b0381166020830152600160601b90046001600160801b0316604082015260608481015163ffffffff1690820152835160809091019061ffff168311610ddf5782610de6565b835161ffff165b8152602001836020015161ffff168152602001836040015164ffffffffff16815250945050505050919050565b5f9081525f516020613ebd5f395f51905f52602052604090206001015490565b610e3c82610e13565b610e45816127ba565b610e4f8383612803565b50505050565b5f5f610e5f612140565b6001600160a01b0386165f908152600a820160205260409020909150610ea1908590610e8d906003016125e2565b83548690600160b01b900461ffff166128a4565b95945050505050565b5f610eb3612140565b8054909150600160a01b900461ffff1680831115610eee57604051632cdfe21960e01b815260048101849052602481018290526044016108d5565b5f610ef98333612164565b6040805160a081018252600b83015461ffff8082168084526201000083049091166020840152640100000000820464ffffffffff1693830193909352600160481b810463ffffffff166060830152600160681b900460ff161515608082015291925085818111611055575f6040808501829052602085019190915261ffff8216808552600b86018054606087015160808801511515600160681b0260ff60681b1963ffffffff909216600160481b026cffffffffffffffffffffffffff1990931690941791909117169190911790555133907fa563e589a953dcc0c782dce123019730f0dec11c83e1db0cca8a7b8161cdf30e9061100d9085908b9042909283526020830191909152604082015260600190565b60405180910390a2604080518381526020810189905233917f6e500db30ce535d38852e318f333e9be41a3fec6c65d234ebb06203c896db9a5910160405180910390a26111c0565b855460408051636cf6d67560e01b815290515f926001600160a01b031691636cf6d6759160048083019260209291908290030181865afa15801561109b573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110bf9190613d3f565b6110c99042613d2c565b61ffff8316602086015290506110de816128da565b64ffffffffff1660408581018290528551600b880180546020808a01516060808c015160808d01511515600160681b0260ff60681b1963ffffffff909216600160481b026cffffffff00000000000000000019640100000000909b029a909a166cffffffffffffffffff000000001961ffff958616620100000263ffffffff199098169590991694909417959095179690961691909117969096179390931617905581518681529081018b905290810183905233917fa563e589a953dcc0c782dce123019730f0dec11c83e1db0cca8a7b8161cdf30e910160405180910390a2505b50505050505050565b6001600160a01b03811633146111f25760405163334bd91960e11b815260040160405180910390fd5b610b9a828261290f565b5f6a0c097ce7bc90715b34b9f160241b611214612140565b600401546112229190613d19565b905090565b5f611230612140565b54600160a01b900461ffff16919050565b5f61124a612140565b546001600160a01b0316919050565b5f5f611263612140565b6001600160a01b0384165f908152600a8201602052604090209091506a0c097ce7bc90715b34b9f160241b9061129d906003840190612647565b610c779190613d19565b5f5f5f6112b2612140565b90508060080154816009015492509250509091565b5f815f036112e857604051631f2a200560e01b815260040160405180910390fd5b5f6112f1612140565b90505f6112fe8286612164565b905061130d8282873388612988565b335f908152600c8401602090815260408083206001600160a01b038a168452909152812091945061133f838388612a8c565b90505f845f015f9054906101000a90046001600160a01b03166001600160a01b0316636cf6d6756040518163ffffffff1660e01b8152600401602060405180830381865afa158015611393573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906113b79190613d3f565b6113c19042613d2c565b90506113cc816128da565b835464ffffffffff91909116600160801b0264ffffffffff60801b199091161783556040805188815260208101889052908101839052606081018290526001600160a01b0389169033907f011e2a8a48c6176856fb5437f7dfb90f4f7306e41cda414c3716217bd24c91db9060800160405180910390a38454604051632f0d00dd60e21b81526001600160a01b038a811660048301529091169063bc340374906024015f604051808303815f87803b158015611486575f5ffd5b505af1158015611498573d5f5f3e3d5ffd5b50505050505050505092915050565b6114af612c1e565b6114b882612cae565b6114c28282612cb8565b5050565b5f6114cf612d74565b505f516020613e9d5f395f51905f5290565b5f5f5f6114f66114ef612140565b8686612dbd565b915091506a0c097ce7bc90715b34b9f160241b82600201546115189190613d19565b9250846001600160a01b0316846001600160a01b031603610971576002810154611551906a0c097ce7bc90715b34b9f160241b90613d19565b610ea19084613d2c565b5f611564612140565b600d01546001600160a01b0316919050565b5f61157f612140565b600101546001600160a01b0316919050565b5f61159a612140565b60018101549091506001600160a01b031633146115cc57604051632756308960e11b81523360048201526024016108d5565b5f6115d682612e08565b90506115fd6115f36a0c097ce7bc90715b34b9f160241b85613d56565b6003840190612e2d565b82826008015f8282546116109190613d2c565b909155505060405183815281907f67cad59e5958c068210b57b4b01f1660b6245332de94b4ef491e7bd7404859559060200160405180910390a2505050565b5f611658612140565b54600160b01b900461ffff16919050565b5f61087e611675612140565b6001600160a01b0384165f908152600a91909101602052604090206003016125e2565b5f815f036116b957604051631f2a200560e01b815260040160405180910390fd5b826001600160a01b0316846001600160a01b0316036116f657604051634570aef960e11b81526001600160a01b03851660048201526024016108d5565b336001600160a01b0384160361172a5760405163d556be9360e01b81526001600160a01b03841660048201526024016108d5565b5f611733612140565b90505f815f015f9054906101000a90046001600160a01b03166001600160a01b0316636cf6d6756040518163ffffffff1660e01b8152600401602060405180830381865afa158015611787573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906117ab9190613d3f565b335f908152600c8401602090815260408083206001600160a01b038b16845290915290209091506117dc9082612e49565b335f908152600c8301602090815260408083206001600160a01b0389168452909152902061180a9082612e49565b5f61182183611819858a612164565b893389612988565b90505f61182e8488612164565b905061183b84828961237f565b611848848289338a61244e565b60408051888152602081018590529081018290529095506001600160a01b0380891691908a169033907ffdac6e81913996d95abcc289e90f2d8bd235487ce6fe6f821e7d21002a1915b49060600160405180910390a48354604051632f0d00dd60e21b81526001600160a01b038a811660048301529091169063bc340374906024015f604051808303815f87803b1580156118e1575f5ffd5b505af11580156118f3573d5f5f3e3d5ffd5b50505050505050509392505050565b5f821580611911575061271083115b156119325760405163227bd05760e11b8152600481018490526024016108d5565b5f61193b612140565b80549091506001600160a01b0316331461196a576040516328b21fed60e01b81523360048201526024016108d5565b5f6119758287612164565b90506119838282888761271c565b5f611990826003016125e2565b90505f6127106119a08884613d56565b6119aa9190613d19565b905080156119c3576119c3600385810190850183612ed2565b600c8301546001600160601b03165f6127106119df8a84613d56565b6119e99190613d19565b90506119f58183613d6d565b600c860180546001600160601b0319166001600160601b0392909216919091179055611a218184613d2c565b604080518b8152602081018690529081018390529097506001600160a01b038b16907f9966fe2387915775b6595a7ed090b53809e9949aa30db32f6496476436ce87ab9060600160405180910390a28615611a8f576002860154611a8f906001600160a01b0316338961303e565b5050505050509392505050565b5f611aa6816127ba565b611ab3825f6113886127c7565b5f611abc612140565b805460408051600160a01b90920461ffff168252602082018690529192507f7c33200d56c4374852239f90138dd63bb8ff75fb4e790dd61c94faacbd57d1d2910160405180910390a1805461ffff909316600160a01b0261ffff60a01b199093169290921790915550565b6114c2611b32612140565b82612164565b5f9182525f516020613ebd5f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b5f611b77612140565b600201546001600160a01b0316919050565b5f5f611b93612140565b90505f5f611ba2838633612dbd565b91509150611baf8261306f565b93506001600160a01b0385163303611bd757611bca8161306f565b611bd49085613d2c565b93505b835f03611bf7576040516312d37ee560e31b815260040160405180910390fd5b83836009015f828254611c0a9190613d2c565b90915550506040518481526001600160a01b0386169033907fd522216d6806ed90440f20c2eb6bc70deaf0891daa7495185b7a1554dbccb8f99060200160405180910390a36001830154604051637ba6296f60e11b8152336004820152602481018690526001600160a01b039091169063f74c52de906044015f604051808303815f87803b158015611c9a575f5ffd5b505af1158015611cac573d5f5f3e3d5ffd5b50505050505050919050565b5f5f611cc2612140565b335f908152600c8201602090815260408083206001600160a01b038816845290915281208054929350916001600160801b031690819003611d165760405163098ae75d60e21b815260040160405180910390fd5b8154600160801b900464ffffffffff16421015611d5857815460405163dd9c894360e01b8152600160801b90910464ffffffffff1660048201526024016108d5565b6001600160a01b0385165f908152600a84016020526040902082546001600160801b031916808455600c82015463ffffffff600160e01b9091048116600160d01b9092041603611e3457600c8101546001600160801b03600160601b820416906001600160601b0316611dcc848383612625565b9650611dd88483613d6d565b600c840180546001600160801b0392909216600160601b02600160601b600160e01b0319909216919091179055611e0f8782613d6d565b600c840180546001600160601b0319166001600160601b039290921691909117905550505b60408051868152602081018490526001600160a01b0388169133917f7d42dab474bcfdb4a6f746b2536f45af4c2c02edf62bad49c538b4a2a766cb94910160405180910390a38415611e99576002840154611e99906001600160a01b0316338761303e565b50505050919050565b5f61087e8262093a806130b9565b611eb982610e13565b611ec2816127ba565b610e4f838361290f565b5f611ed56130c4565b805490915060ff600160401b820416159067ffffffffffffffff165f81158015611efc5750825b90505f8267ffffffffffffffff166001148015611f185750303b155b905081158015611f26575080155b15611f445760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff191660011785558315611f6e57845460ff60401b1916600160401b1785555b6001600160a01b0389161580611f8b57506001600160a01b038816155b80611f9d57506001600160a01b038716155b80611faf57506001600160a01b038616155b15611fcd5760405163d92e233d60e01b815260040160405180910390fd5b611fd56130ec565b611fdf5f8a612803565b505f611fe9612140565b80546001600160a01b0319166001600160a01b038b169081178255604080516302edc17d60e51b815290519293509091635db82fa0916004808201926020929091908290030181865afa158015612042573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906120669190613d80565b600d820180546001600160a01b03199081166001600160a01b039384161790915560018301805482168b8416179055600283018054909116918916919091179055805463ffffffff60a01b1916623e807d60a41b1781556120ca4262093a806130b9565b600691909101805467ffffffffffffffff191667ffffffffffffffff909216919091179055831561213557845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050505050565b7f2dbbb2714d3cf64f0730e456b2aecd84fe813188e5d943bcfa2650a3f34be30090565b5f5f61216f84612e08565b6001600160a01b0384165f908152600a86016020908152604091829020825160a081018452600b82015461ffff80821683526201000082041693820193909352640100000000830464ffffffffff1693810193909352600160481b820463ffffffff166060840152600160681b90910460ff161515608083015260098101549094509192509067ffffffffffffffff1682146122915761221260038601846130f4565b5f8061222460038881019087016131b5565b90925090505f8282171561225c578754845161ffff600160a01b9092048216911681116122515780612258565b845161ffff165b9150505b821561226d5761226d8684836132e0565b61227b60068701865f61333e565b50811561228d5761228d8683836132e0565b5050505b604081015164ffffffffff16158015906122b65750806040015164ffffffffff164210155b1561097157805160208201516040516001600160a01b038716927f6e500db30ce535d38852e318f333e9be41a3fec6c65d234ebb06203c896db9a59261230b9261ffff92831681529116602082015260400190565b60405180910390a26020810180515f6040840181905290915261ffff16808252600b84018054606084015160808501511515600160681b0260ff60681b1963ffffffff909216600160481b026cffffffffffffffffffffffffff199093169094179190911716919091179055505092915050565b600b820154600160681b900460ff161561239857505050565b600d83015460405163380940fb60e01b81526001600160a01b0383811660048301529091169063380940fb90602401602060405180830381865afa1580156123e2573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906124069190613d9b565b63ffffffff165f0361243657604051639c9009ff60e01b81526001600160a01b03821660048201526024016108d5565b50600b01805460ff60681b1916600160681b17905550565b5f5f61245c866003016125e2565b90505f61246887612602565b90508015801590612477575081155b156124a0576040516359bb816b60e11b81526001600160a01b03871660048201526024016108d5565b6124ab84828461341f565b9250825f036124d057604051636e3699b760e11b8152600481018590526024016108d5565b6001600160a01b038086165f908152600b8a0160209081526040808320938a1683529290522061250360068901826130f4565b61250c816125e2565b5f0361255057600b8801805460099061253190600160481b900463ffffffff16613dbe565b91906101000a81548163ffffffff021916908363ffffffff1602179055505b61255e600689018286613439565b61256f60038a8101908a0187613439565b50505095945050505050565b6040516001600160a01b038481166024830152838116604483015260648201839052610e4f9186918216906323b872dd906084015b604051602081830303815290604052915060e01b6020820180516001600160e01b03838183161783525050505061353c565b80545f9061087e906001600160701b03600160701b820481169116613d2c565b60088101545f9061087e906001600160801b03600160801b820481169116613d2c565b5f825f0361263457505f610c77565b61263f8483856135a8565b949350505050565b805460018201546002830154600385015490926001600160701b038116929167ffffffffffffffff16600160e01b90910463ffffffff1610801561269b57508354600160701b90046001600160701b031615155b15612705578354600160e01b900463ffffffff165f9081526004860160205260409020546126c98282613d6d565b6126d39084613d56565b6126dd9085613d2c565b8554909450909150819061270190600160701b90046001600160701b031684613d2c565b9250505b8454612712908290613d6d565b6115519083613d56565b5f612726846125e2565b90508082111561274e576127498461273e8385613d6d565b600388019190613439565b61276f565b8082101561276f5761276f846127648484613d6d565b600388019190612ed2565b60408051828152602081018490526001600160a01b038516917fd56c9a3c54988fcfab7c428b06c2019f7d3539a3c6a95ba7a0f6011aa7f2be27910160405180910390a25050505050565b6127c48133613658565b50565b818310806127d457508083115b15610b9a57604051630942247160e31b81526004810184905260248101839052604481018290526064016108d5565b5f5f516020613ebd5f395f51905f5261281c8484611b38565b61289b575f848152602082815260408083206001600160a01b03871684529091529020805460ff191660011790556128513390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4600191505061087e565b5f91505061087e565b5f6128af8284613d56565b6128bb61271087613d56565b10158015610ea15750826128cf8587613d2c565b101595945050505050565b5f64ffffffffff82111561290b576040516306dfcc6560e41b815260286004820152602481018390526044016108d5565b5090565b5f5f516020613ebd5f395f51905f526129288484611b38565b1561289b575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4600191505061087e565b6001600160a01b038083165f908152600b87016020908152604080832093871683529290529081206129bd60068701826130f4565b5f6129c7826125e2565b90506129e7846129d689612602565b6129e28a6003016125e2565b613691565b9250808311806129f5575082155b15612a1d5760405163658ec5dd60e11b815260048101829052602481018490526044016108d5565b612a2b600688018385612ed2565b808303612a7057600b87018054600990612a5190600160481b900463ffffffff16613de2565b91906101000a81548163ffffffff021916908363ffffffff1602179055505b612a81600389810190890186612ed2565b505095945050505050565b600c8301545f90600160601b81046001600160801b0316906001600160601b03811690600160e01b900463ffffffff1681158015612ac957508215155b15612afc575f9250612ada81613dbe565b600c880180546001600160e01b0316600160e01b63ffffffff84160217905590505b855463ffffffff828116600160d01b9092041614612b495785547fffff00000000ffffffffffffffffffff0000000000000000000000000000000016600160d01b63ffffffff8316021786555b612b5485848461341f565b9350835f03612b7957604051636e3699b760e11b8152600481018690526024016108d5565b612b8b612b868684613d2c565b6136ae565b600c880180546001600160601b0319166001600160601b0392909216919091179055612bbf612bba8585613d2c565b6136e1565b600c88018054600160601b600160e01b031916600160601b6001600160801b03938416021790558654612bf891612bba91879116613d2c565b86546001600160801b0319166001600160801b0391909116179095555090949350505050565b306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480612c8e57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316612c82613714565b6001600160a01b031614155b15612cac5760405163703e46dd60e11b815260040160405180910390fd5b565b5f6114c2816127ba565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015612d12575060408051601f3d908101601f19168201909252612d0f91810190613d3f565b60015b612d3a57604051634c9c8ce360e01b81526001600160a01b03831660048201526024016108d5565b5f516020613e9d5f395f51905f528114612d6a57604051632a87526960e21b8152600481018290526024016108d5565b610b9a8383613728565b306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614612cac5760405163703e46dd60e11b815260040160405180910390fd5b5f5f612dc98585612164565b6001600160a01b038085165f908152600b88016020908152604080832093891683529290522092509050612e0060068201836130f4565b935093915050565b5f612e164262093a806130b9565b9050612e276003830182600161333e565b50919050565b80826001015f828254612e409190613d2c565b90915550505050565b8154600160a81b900464ffffffffff168015801590612e705750612e6d8282613d2c565b42105b15612ea25780612e808382613d2c565b604051636f7db8f960e11b8152600481019290925260248201526044016108d5565b612eab426128da565b835464ffffffffff91909116600160a81b0264ffffffffff60a81b19909116179092555050565b81546001600160701b03600160701b820481169116612ef18183613d2c565b831115612f2657612f028183613d2c565b60405163f47111b360e01b81526004810191909152602481018490526044016108d5565b5f828410612f345782612f36565b835b90505f612f438286613d6d565b9050612f4f8285613d6d565b86546001600160701b0391909116600160701b02600160701b600160e01b0319909116178655612f7f8184613d6d565b86546dffffffffffffffffffffffffffff19166001600160701b0391909116178655600287018054839190601090612fc8908490600160801b90046001600160801b0316613e00565b92506101000a8154816001600160801b0302191690836001600160801b0316021790555080876002015f8282829054906101000a90046001600160801b03166130119190613e00565b92506101000a8154816001600160801b0302191690836001600160801b0316021790555050505050505050565b6040516001600160a01b03838116602483015260448201839052610b9a91859182169063a9059cbb906064016125b0565b60028101545f9061308e6a0c097ce7bc90715b34b9f160241b82613d19565b91508115612e27576130ae6a0c097ce7bc90715b34b9f160241b82613e1f565b600284015550919050565b5f610c778284613d19565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a0061087e565b612cac61377d565b8054600160701b90046001600160701b03161561314f575f5f61311784846131b5565b90925090505f6131278284613d2c565b905080156131485780846002015f8282546131429190613d2c565b90915550505b5050505050565b8054825460018301546001600160701b039092169182158061317057508082145b1561317c575050505050565b6131868183613d6d565b6131909084613d56565b846002015f8282546131a29190613d2c565b9091555050506001909201919091555050565b80545f9081906001600160701b0380821691600160701b900416811580156131db575080155b156131ed575f5f9350935050506132d9565b855460018601546003880154875467ffffffffffffffff90911690600160e01b900463ffffffff1681111561329d578754600160e01b900463ffffffff165f90815260048a0160205260409020546132458382613d6d565b61324f9087613d56565b97509150818415613280576132648587613d2c565b89546001600160e01b0319166001600160701b038216178a5595505b5087546001600160e01b0316600160e01b63ffffffff8316021788555b6132a78284613d6d565b6132b19086613d56565b955084158015906132c6575082886001015414155b156132d357600188018390555b50505050505b9250929050565b5f6127106132ee8385613d56565b6132f89190613d19565b9050801561331b5780845f016002015f8282546133159190613d2c565b90915550505b6133326133288285613d6d565b6006860190612e2d565b610e4f846006016137a2565b60038301545f9067ffffffffffffffff1680841161335f575f915050610c77565b613368856137a2565b6002850154600160801b90046001600160801b0316838061338857508015155b156133a05785545f8381526004880160205260409020555b80156133f2576002860180548291905f906133c59084906001600160801b0316613e32565b82546101009290920a6001600160801b038181021990931691831602179091556002880180549091169055505b50505060038301805467ffffffffffffffff841667ffffffffffffffff1990911617905560019392505050565b5f825f0361342e575082610c77565b61263f8484846135a8565b81545f90613458908390600160701b90046001600160701b0316613d2c565b83549091506001600160701b039061347290821683613d2c565b11156134a15760405163f47111b360e01b81526001600160701b036004820152602481018290526044016108d5565b82546001600160701b03808316600160701b02600160701b600160e01b0319831681178655600387015463ffffffff16600160e01b026001600160e01b0390911691909216171783556002840180548391906010906135129084906001600160801b03600160801b90910416613e32565b92506101000a8154816001600160801b0302191690836001600160801b0316021790555050505050565b5f5f60205f8451602086015f885af18061355b576040513d5f823e3d81fd5b50505f513d9150811561357257806001141561357f565b6001600160a01b0384163b155b15610e4f57604051635274afe760e01b81526001600160a01b03851660048201526024016108d5565b5f5f5f6135b58686613805565b91509150815f036135d9578381816135cf576135cf613cf1565b0492505050610c77565b8184116135f0576135f06003851502601118613821565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b6136628282611b38565b6114c25760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016108d5565b5f815f036136a157505f19610c77565b61263f8484846001613832565b5f6001600160601b0382111561290b576040516306dfcc6560e41b815260606004820152602481018390526044016108d5565b5f6001600160801b0382111561290b576040516306dfcc6560e41b815260806004820152602481018390526044016108d5565b5f5f516020613e9d5f395f51905f5261124a565b61373182613874565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b905f90a280511561377557610b9a82826138d7565b6114c2613940565b61378561395f565b612cac57604051631afcd79f60e31b815260040160405180910390fd5b600281015460018201546001600160801b03909116908115806137c3575080155b156137cd57505050565b6137d78282613d19565b835f015f8282546137e89190613d2c565b909155506137f890508282613e1f565b8360010181905550505050565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b5f61385f61383f83613978565b801561385a57505f848061385557613855613cf1565b868809115b151590565b61386a8686866135a8565b610ea19190613d2c565b806001600160a01b03163b5f036138a957604051634c9c8ce360e01b81526001600160a01b03821660048201526024016108d5565b5f516020613e9d5f395f51905f5280546001600160a01b0319166001600160a01b0392909216919091179055565b60605f5f846001600160a01b0316846040516138f39190613e51565b5f60405180830381855af49150503d805f811461392b576040519150601f19603f3d011682016040523d82523d5f602084013e613930565b606091505b5091509150610ea18583836139a4565b3415612cac5760405163b398979f60e01b815260040160405180910390fd5b5f6139686130c4565b54600160401b900460ff16919050565b5f600282600381111561398d5761398d613e67565b6139979190613e7b565b60ff166001149050919050565b6060826139b9576139b482613a00565b610c77565b81511580156139d057506001600160a01b0384163b155b156139f957604051639996b31560e01b81526001600160a01b03851660048201526024016108d5565b5080610c77565b805115613a0f57805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b5f60208284031215613a38575f5ffd5b81356001600160e01b031981168114610c77575f5ffd5b6001600160a01b03811681146127c4575f5ffd5b5f5f60408385031215613a74575f5ffd5b8235613a7f81613a4f565b946020939093013593505050565b5f5f60408385031215613a9e575f5ffd5b8235613aa981613a4f565b91506020830135613ab981613a4f565b809150509250929050565b5f60208284031215613ad4575f5ffd5b5035919050565b5f60208284031215613aeb575f5ffd5b8135610c7781613a4f565b5f5f60408385031215613b07575f5ffd5b823591506020830135613ab981613a4f565b5f5f5f60608486031215613b2b575f5ffd5b8335613b3681613a4f565b95602085013595506040909401359392505050565b634e487b7160e01b5f52604160045260245ffd5b5f5f60408385031215613b70575f5ffd5b8235613b7b81613a4f565b9150602083013567ffffffffffffffff811115613b96575f5ffd5b8301601f81018513613ba6575f5ffd5b803567ffffffffffffffff811115613bc057613bc0613b4b565b604051601f8201601f19908116603f0116810167ffffffffffffffff81118282101715613bef57613bef613b4b565b604052818152828201602001871015613c06575f5ffd5b816020840160208301375f602083830101528093505050509250929050565b5f5f5f60608486031215613c37575f5ffd5b8335613c4281613a4f565b92506020840135613c5281613a4f565b929592945050506040919091013590565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f5f5f5f60808587031215613cab575f5ffd5b8435613cb681613a4f565b93506020850135613cc681613a4f565b92506040850135613cd681613a4f565b91506060850135613ce681613a4f565b939692955090935050565b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b5f82613d2757613d27613cf1565b500490565b8082018082111561087e5761087e613d05565b5f60208284031215613d4f575f5ffd5b5051919050565b808202811582820484141761087e5761087e613d05565b8181038181111561087e5761087e613d05565b5f60208284031215613d90575f5ffd5b8151610c7781613a4f565b5f60208284031215613dab575f5ffd5b815163ffffffff81168114610c77575f5ffd5b5f63ffffffff821663ffffffff8103613dd957613dd9613d05565b60010192915050565b5f63ffffffff821680613df757613df7613d05565b5f190192915050565b6001600160801b03828116828216039081111561087e5761087e613d05565b5f82613e2d57613e2d613cf1565b500690565b6001600160801b03818116838216019081111561087e5761087e613d05565b5f82518060208501845e5f920191825250919050565b634e487b7160e01b5f52602160045260245ffd5b5f60ff831680613e8d57613e8d613cf1565b8060ff8416069150509291505056fe360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800a164736f6c634300081e000a
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\xA0`@R0`\x80R4\x80\x15a\0\x13W__\xFD[Pa\0\x1Ca\0!V[a\0\xD3V[\x7F\xF0\xC5~\x16\x84\r\xF0@\xF1P\x88\xDC/\x81\xFE9\x1C9#\xBE\xC7>#\xA9f.\xFC\x9C\"\x9Cj\0\x80Th\x01\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16\x15a\0qW`@Qc\xF9.\xE8\xA9`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x80T`\x01`\x01`@\x1B\x03\x90\x81\x16\x14a\0\xD0W\x80T`\x01`\x01`@\x1B\x03\x19\x16`\x01`\x01`@\x1B\x03\x90\x81\x17\x82U`@Q\x90\x81R\x7F\xC7\xF5\x05\xB2\xF3q\xAE!u\xEEI\x13\xF4I\x9E\x1F&3\xA7\xB5\x93c!\xEE\xD1\xCD\xAE\xB6\x11Q\x81\xD2\x90` \x01`@Q\x80\x91\x03\x90\xA1[PV[`\x80Qa>\xE9a\0\xF9_9_\x81\x81a,)\x01R\x81\x81a,R\x01Ra-\x7F\x01Ra>\xE9_\xF3\xFE`\x80`@R`\x046\x10a\x02_W_5`\xE0\x1C\x80cT;\xE71\x11a\x01?W\x80c\x8F\xB2\xE2\xC2\x11a\0\xB3W\x80c\xAD<\xB1\xCC\x11a\0xW\x80c\xAD<\xB1\xCC\x14a\x07\x80W\x80c\xAE\xFF\xAAG\x14a\x07\xBDW\x80c\xB3i\xAFq\x14a\x07\xDCW\x80c\xD5Gt\x1F\x14a\x07\xFBW\x80c\xD7\xAF\xEEG\x14a\x08\x1AW\x80c\xF8\xC8v^\x14a\x08/W__\xFD[\x80c\x8F\xB2\xE2\xC2\x14a\x06\xFCW\x80c\x91\xD1HT\x14a\x07\x1BW\x80c\x92\x9A\xC3_\x14a\x07:W\x80c\x96\xBB\x1F\xEF\x14a\x07NW\x80c\xA2\x17\xFD\xDF\x14a\x07mW__\xFD[\x80cd\x81\x8B\xD1\x11a\x01\x04W\x80cd\x81\x8B\xD1\x14a\x06XW\x80ce\xDA\x12d\x14a\x06lW\x80ck\xD8\xF8\x04\x14a\x06\x8BW\x80c|\x8C3\x94\x14a\x06\xAAW\x80c\x80\xAFo\xF6\x14a\x06\xBEW\x80c\x84]\xAE$\x14a\x06\xDDW__\xFD[\x80cT;\xE71\x14a\x05\xDCW\x80c]\xB8/\xA0\x14a\x05\xFBW\x80c]\xBD\xDAi\x14a\x06\x0FW\x80ca\xD0'\xB3\x14a\x06%W\x80cc&K\xAA\x14a\x069W__\xFD[\x80c2\x81\xA7\x8E\x11a\x01\xD6W\x80c>\x91\xAD\xCA\x11a\x01\x9BW\x80c>\x91\xAD\xCA\x14a\x05\"W\x80cA\xA2\xB8\xD6\x14a\x05NW\x80cGY\n\x0F\x14a\x05mW\x80cM\x99\xDD\x16\x14a\x05\x96W\x80cO\x1E\xF2\x86\x14a\x05\xB5W\x80cR\xD1\x90-\x14a\x05\xC8W__\xFD[\x80c2\x81\xA7\x8E\x14a\x04\x9DW\x80c5^kC\x14a\x04\xBCW\x80c6V\x8A\xBE\x14a\x04\xDBW\x80c9\x95\\\xF4\x14a\x04\xFAW\x80c>\x17\xB6\0\x14a\x05\x0EW__\xFD[\x80c\x11)\xEE7\x11a\x02'W\x80c\x11)\xEE7\x14a\x03xW\x80c\x15e\"\xA8\x14a\x03\x97W\x80c\x1B\x91\x03w\x14a\x04\"W\x80c$\x8A\x9C\xA3\x14a\x047W\x80c&-\xDE\xC3\x14a\x04VW\x80c//\xF1]\x14a\x04~W__\xFD[\x80c\x01\xFF\xC9\xA7\x14a\x02cW\x80c\x02n@+\x14a\x02\x97W\x80c\x04m3\x07\x14a\x02\xC4W\x80c\x08\xACwk\x14a\x038W\x80c\t\x95\xADL\x14a\x03YW[__\xFD[4\x80\x15a\x02nW__\xFD[Pa\x02\x82a\x02}6`\x04a:(V[a\x08NV[`@Q\x90\x15\x15\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[4\x80\x15a\x02\xA2W__\xFD[Pa\x02\xB6a\x02\xB16`\x04a:cV[a\x08\x84V[`@Q\x90\x81R` \x01a\x02\x8EV[4\x80\x15a\x02\xCFW__\xFD[Pa\x02\xE3a\x02\xDE6`\x04a:\x8DV[a\tyV[`@Qa\x02\x8E\x91\x90_`\xE0\x82\x01\x90P\x82Q\x82R` \x83\x01Q` \x83\x01R`@\x83\x01Q`@\x83\x01R``\x83\x01Q``\x83\x01R`\x80\x83\x01Q`\x80\x83\x01R`\xA0\x83\x01Q`\xA0\x83\x01R`\xC0\x83\x01Q`\xC0\x83\x01R\x92\x91PPV[4\x80\x15a\x03CW__\xFD[Pa\x03Wa\x03R6`\x04a:cV[a\x0BMV[\0[4\x80\x15a\x03dW__\xFD[Pa\x03Wa\x03s6`\x04a:\xC4V[a\x0B\x9FV[4\x80\x15a\x03\x83W__\xFD[Pa\x02\xB6a\x03\x926`\x04a:\xDBV[a\x0C+V[4\x80\x15a\x03\xA2W__\xFD[Pa\x03\xB6a\x03\xB16`\x04a:\xDBV[a\x0C~V[`@Qa\x02\x8E\x91\x90_a\x01 \x82\x01\x90P\x82Q\x82R` \x83\x01Q` \x83\x01R`@\x83\x01Q`@\x83\x01R``\x83\x01Q``\x83\x01R`\x80\x83\x01Q`\x80\x83\x01R`\xA0\x83\x01Q`\xA0\x83\x01R`\xC0\x83\x01Q`\xC0\x83\x01R`\xE0\x83\x01Q`\xE0\x83\x01Ra\x01\0\x83\x01Qa\x01\0\x83\x01R\x92\x91PPV[4\x80\x15a\x04-W__\xFD[Pa\x02\xB6a\x13\x88\x81V[4\x80\x15a\x04BW__\xFD[Pa\x02\xB6a\x04Q6`\x04a:\xC4V[a\x0E\x13V[4\x80\x15a\x04aW__\xFD[Pa\x04ka\x07\xD0\x81V[`@Qa\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\x8EV[4\x80\x15a\x04\x89W__\xFD[Pa\x03Wa\x04\x986`\x04a:\xF6V[a\x0E3V[4\x80\x15a\x04\xA8W__\xFD[Pa\x02\x82a\x04\xB76`\x04a;\x19V[a\x0EUV[4\x80\x15a\x04\xC7W__\xFD[Pa\x03Wa\x04\xD66`\x04a:\xC4V[a\x0E\xAAV[4\x80\x15a\x04\xE6W__\xFD[Pa\x03Wa\x04\xF56`\x04a:\xF6V[a\x11\xC9V[4\x80\x15a\x05\x05W__\xFD[Pa\x02\xB6a\x11\xFCV[4\x80\x15a\x05\x19W__\xFD[Pa\x02\xB6a\x12'V[4\x80\x15a\x05-W__\xFD[Pa\x056a\x12AV[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x02\x8EV[4\x80\x15a\x05YW__\xFD[Pa\x02\xB6a\x05h6`\x04a:\xDBV[a\x12YV[4\x80\x15a\x05xW__\xFD[Pa\x05\x81a\x12\xA7V[`@\x80Q\x92\x83R` \x83\x01\x91\x90\x91R\x01a\x02\x8EV[4\x80\x15a\x05\xA1W__\xFD[Pa\x02\xB6a\x05\xB06`\x04a:cV[a\x12\xC7V[a\x03Wa\x05\xC36`\x04a;_V[a\x14\xA7V[4\x80\x15a\x05\xD3W__\xFD[Pa\x02\xB6a\x14\xC6V[4\x80\x15a\x05\xE7W__\xFD[Pa\x02\xB6a\x05\xF66`\x04a:\x8DV[a\x14\xE1V[4\x80\x15a\x06\x06W__\xFD[Pa\x056a\x15[V[4\x80\x15a\x06\x1AW__\xFD[Pa\x02\xB6b\t:\x80\x81V[4\x80\x15a\x060W__\xFD[Pa\x056a\x15vV[4\x80\x15a\x06DW__\xFD[Pa\x03Wa\x06S6`\x04a:\xC4V[a\x15\x91V[4\x80\x15a\x06cW__\xFD[Pa\x02\xB6a\x16OV[4\x80\x15a\x06wW__\xFD[Pa\x02\xB6a\x06\x866`\x04a:\xDBV[a\x16iV[4\x80\x15a\x06\x96W__\xFD[Pa\x02\xB6a\x06\xA56`\x04a<%V[a\x16\x98V[4\x80\x15a\x06\xB5W__\xFD[Pa\x02\xB6`d\x81V[4\x80\x15a\x06\xC9W__\xFD[Pa\x02\xB6a\x06\xD86`\x04a;\x19V[a\x19\x02V[4\x80\x15a\x06\xE8W__\xFD[Pa\x03Wa\x06\xF76`\x04a:\xC4V[a\x1A\x9CV[4\x80\x15a\x07\x07W__\xFD[Pa\x03Wa\x07\x166`\x04a:\xDBV[a\x1B'V[4\x80\x15a\x07&W__\xFD[Pa\x02\x82a\x0756`\x04a:\xF6V[a\x1B8V[4\x80\x15a\x07EW__\xFD[Pa\x056a\x1BnV[4\x80\x15a\x07YW__\xFD[Pa\x02\xB6a\x07h6`\x04a:\xDBV[a\x1B\x89V[4\x80\x15a\x07xW__\xFD[Pa\x02\xB6_\x81V[4\x80\x15a\x07\x8BW__\xFD[Pa\x07\xB0`@Q\x80`@\x01`@R\x80`\x05\x81R` \x01d\x03R\xE3\x02\xE3`\xDC\x1B\x81RP\x81V[`@Qa\x02\x8E\x91\x90a<cV[4\x80\x15a\x07\xC8W__\xFD[Pa\x02\xB6a\x07\xD76`\x04a:\xDBV[a\x1C\xB8V[4\x80\x15a\x07\xE7W__\xFD[Pa\x02\xB6a\x07\xF66`\x04a:\xC4V[a\x1E\xA2V[4\x80\x15a\x08\x06W__\xFD[Pa\x03Wa\x08\x156`\x04a:\xF6V[a\x1E\xB0V[4\x80\x15a\x08%W__\xFD[Pa\x04ka\x03\xE8\x81V[4\x80\x15a\x08:W__\xFD[Pa\x03Wa\x08I6`\x04a<\x98V[a\x1E\xCCV[_`\x01`\x01`\xE0\x1B\x03\x19\x82\x16cye\xDB\x0B`\xE0\x1B\x14\x80a\x08~WPc\x01\xFF\xC9\xA7`\xE0\x1B`\x01`\x01`\xE0\x1B\x03\x19\x83\x16\x14[\x92\x91PPV[_\x81_\x03a\x08\xA5W`@Qc\x1F* \x05`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[3`\x01`\x01`\xA0\x1B\x03\x84\x16\x03a\x08\xDEW`@Qc\xD5V\xBE\x93`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[_a\x08\xE7a!@V[\x90P_a\x08\xF4\x82\x86a!dV[\x90Pa\t\x01\x82\x82\x87a#\x7FV[a\t\x0E\x82\x82\x873\x88a$NV[`@\x80Q\x86\x81R` \x81\x01\x83\x90R\x91\x94P`\x01`\x01`\xA0\x1B\x03\x87\x16\x913\x91\x7F$\xD7\xBD\xA8`+\x91mdA\x7F\r\xBF\xE2\xE2\xE8\x8E\xC9\xB1\x15{\xD9\xF5\x96\xDF\xDB\x91\xBA&bN\x04\x91\x01`@Q\x80\x91\x03\x90\xA3`\x02\x82\x01Ta\tq\x90`\x01`\x01`\xA0\x1B\x03\x1630\x87a%{V[PP\x92\x91PPV[a\t\xB2`@Q\x80`\xE0\x01`@R\x80_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81RP\x90V[_a\t\xBBa!@V[`\x01`\x01`\xA0\x1B\x03\x80\x85\x16_\x81\x81R`\n\x84\x01` \x90\x81R`@\x80\x83 \x94\x8A\x16\x80\x84R`\x0B\x87\x01\x83R\x81\x84 \x85\x85R\x83R\x81\x84 \x90\x84R`\x0C\x80\x88\x01\x84R\x82\x85 \x95\x85R\x94\x83R\x92\x81\x90 \x81Q`\x80\x81\x01\x83R\x90T`\x01`\x01`\x80\x1B\x03\x81\x16\x82Rd\xFF\xFF\xFF\xFF\xFF`\x01`\x80\x1B\x82\x04\x81\x16\x94\x83\x01\x94\x90\x94R`\x01`\xA8\x1B\x81\x04\x90\x93\x16\x91\x81\x01\x91\x90\x91Rc\xFF\xFF\xFF\xFF`\x01`\xD0\x1B\x90\x92\x04\x82\x16``\x82\x01\x81\x90R\x93\x85\x01T\x95\x96P\x93\x94\x91\x93\x92`\x01`\xE0\x1B\x90\x92\x04\x16\x14a\nwW_\x81R[_a\n\x81\x83a%\xE2V[\x90P`@Q\x80`\xE0\x01`@R\x80\x82\x81R` \x01a\n\xB2\x83a\n\xA1\x88a&\x02V[a\n\xAD\x89`\x03\x01a%\xE2V[a&%V[\x81R\x83Q`\x01`\x01`\x80\x1B\x03\x90\x81\x16` \x83\x01R\x84Q`\x0C\x88\x01T`@\x90\x93\x01\x92a\n\xF2\x92\x91\x82\x16\x91`\x01``\x1B\x82\x04\x16\x90`\x01`\x01``\x1B\x03\x16a&%V[\x81R` \x01\x83` \x01Qd\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x83`@\x01Qd\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01j\x0C\t|\xE7\xBC\x90q[4\xB9\xF1`$\x1Ba\x0B5\x87`\x06\x01\x87a&GV[a\x0B?\x91\x90a=\x19V[\x90R\x98\x97PPPPPPPPV[_a\x0BVa!@V[\x80T\x90\x91P`\x01`\x01`\xA0\x1B\x03\x163\x14a\x0B\x85W`@Qc(\xB2\x1F\xED`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01a\x08\xD5V[a\x0B\x9A\x81a\x0B\x93\x83\x86a!dV[\x85\x85a'\x1CV[PPPV[_a\x0B\xA9\x81a'\xBAV[a\x0B\xB7\x82`da'\x10a'\xC7V[_a\x0B\xC0a!@V[\x80T`@\x80Q`\x01`\xB0\x1B\x90\x92\x04a\xFF\xFF\x16\x82R` \x82\x01\x86\x90R\x91\x92P\x7F#I\xFE\xA6\xDA3?\xC9G\xEB\x02E\x9A\x89}\x90EH\xA5\x97\xFD\x03|\xF7\x8AC\x19\x023\xF7~\xF2\x91\x01`@Q\x80\x91\x03\x90\xA1\x80Ta\xFF\xFF\x90\x93\x16`\x01`\xB0\x1B\x02a\xFF\xFF`\xB0\x1B\x19\x90\x93\x16\x92\x90\x92\x17\x90\x91UPV[__a\x0C5a!@V[`\x01`\x01`\xA0\x1B\x03\x84\x16_\x90\x81R`\n\x91\x90\x91\x01` R`@\x90 `\x0C\x81\x01T\x90\x91P`\x01`\x01``\x1B\x03\x16a\x0Cm`\x03\x83\x01a%\xE2V[a\x0Cw\x91\x90a=,V[\x93\x92PPPV[a\x0C\xC4`@Q\x80a\x01 \x01`@R\x80_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81RP\x90V[_a\x0C\xCDa!@V[`\x01`\x01`\xA0\x1B\x03\x84\x16_\x90\x81R`\n\x82\x01` \x90\x81R`@\x91\x82\x90 \x82Q`\xA0\x81\x01\x84R`\x0B\x82\x01Ta\xFF\xFF\x80\x82\x16\x83Rb\x01\0\0\x82\x04\x81\x16\x94\x83\x01\x94\x90\x94Rd\x01\0\0\0\0\x81\x04d\xFF\xFF\xFF\xFF\xFF\x16\x82\x86\x01R`\x01`H\x1B\x81\x04c\xFF\xFF\xFF\xFF\x16``\x83\x01R`\x01`h\x1B\x90\x04`\xFF\x16\x15\x15`\x80\x82\x01R\x84T\x84Qa\x01 \x81\x01\x90\x95R\x94\x95P\x90\x93\x90\x92`\x01`\xA0\x1B\x90\x91\x04\x90\x91\x16\x90\x80a\rm\x85a%\xE2V[\x81R` \x01a\r~\x85`\x03\x01a%\xE2V[\x81R` \x01a\r\x8C\x85a&\x02V[\x81R`\x0C\x85\x01T`\x01`\x01``\x1B\x03\x81\x16` \x83\x01R`\x01``\x1B\x90\x04`\x01`\x01`\x80\x1B\x03\x16`@\x82\x01R``\x84\x81\x01Qc\xFF\xFF\xFF\xFF\x16\x90\x82\x01R\x83Q`\x80\x90\x91\x01\x90a\xFF\xFF\x16\x83\x11a\r\xDFW\x82a\r\xE6V[\x83Qa\xFF\xFF\x16[\x81R` \x01\x83` \x01Qa\xFF\xFF\x16\x81R` \x01\x83`@\x01Qd\xFF\xFF\xFF\xFF\xFF\x16\x81RP\x94PPPPP\x91\x90PV[_\x90\x81R_Q` a>\xBD_9_Q\x90_R` R`@\x90 `\x01\x01T\x90V[a\x0E<\x82a\x0E\x13V[a\x0EE\x81a'\xBAV[a\x0EO\x83\x83a(\x03V[PPPPV[__a\x0E_a!@V[`\x01`\x01`\xA0\x1B\x03\x86\x16_\x90\x81R`\n\x82\x01` R`@\x90 \x90\x91Pa\x0E\xA1\x90\x85\x90a\x0E\x8D\x90`\x03\x01a%\xE2V[\x83T\x86\x90`\x01`\xB0\x1B\x90\x04a\xFF\xFF\x16a(\xA4V[\x95\x94PPPPPV[_a\x0E\xB3a!@V[\x80T\x90\x91P`\x01`\xA0\x1B\x90\x04a\xFF\xFF\x16\x80\x83\x11\x15a\x0E\xEEW`@Qc,\xDF\xE2\x19`\xE0\x1B\x81R`\x04\x81\x01\x84\x90R`$\x81\x01\x82\x90R`D\x01a\x08\xD5V[_a\x0E\xF9\x833a!dV[`@\x80Q`\xA0\x81\x01\x82R`\x0B\x83\x01Ta\xFF\xFF\x80\x82\x16\x80\x84Rb\x01\0\0\x83\x04\x90\x91\x16` \x84\x01Rd\x01\0\0\0\0\x82\x04d\xFF\xFF\xFF\xFF\xFF\x16\x93\x83\x01\x93\x90\x93R`\x01`H\x1B\x81\x04c\xFF\xFF\xFF\xFF\x16``\x83\x01R`\x01`h\x1B\x90\x04`\xFF\x16\x15\x15`\x80\x82\x01R\x91\x92P\x85\x81\x81\x11a\x10UW_`@\x80\x85\x01\x82\x90R` \x85\x01\x91\x90\x91Ra\xFF\xFF\x82\x16\x80\x85R`\x0B\x86\x01\x80T``\x87\x01Q`\x80\x88\x01Q\x15\x15`\x01`h\x1B\x02`\xFF`h\x1B\x19c\xFF\xFF\xFF\xFF\x90\x92\x16`\x01`H\x1B\x02l\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x90\x93\x16\x90\x94\x17\x91\x90\x91\x17\x16\x91\x90\x91\x17\x90UQ3\x90\x7F\xA5c\xE5\x89\xA9S\xDC\xC0\xC7\x82\xDC\xE1#\x01\x970\xF0\xDE\xC1\x1C\x83\xE1\xDB\x0C\xCA\x8A{\x81a\xCD\xF3\x0E\x90a\x10\r\x90\x85\x90\x8B\x90B\x90\x92\x83R` \x83\x01\x91\x90\x91R`@\x82\x01R``\x01\x90V[`@Q\x80\x91\x03\x90\xA2`@\x80Q\x83\x81R` \x81\x01\x89\x90R3\x91\x7FnP\r\xB3\x0C\xE55\xD3\x88R\xE3\x18\xF33\xE9\xBEA\xA3\xFE\xC6\xC6]#N\xBB\x06 <\x89m\xB9\xA5\x91\x01`@Q\x80\x91\x03\x90\xA2a\x11\xC0V[\x85T`@\x80Qcl\xF6\xD6u`\xE0\x1B\x81R\x90Q_\x92`\x01`\x01`\xA0\x1B\x03\x16\x91cl\xF6\xD6u\x91`\x04\x80\x83\x01\x92` \x92\x91\x90\x82\x90\x03\x01\x81\x86Z\xFA\x15\x80\x15a\x10\x9BW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x10\xBF\x91\x90a=?V[a\x10\xC9\x90Ba=,V[a\xFF\xFF\x83\x16` \x86\x01R\x90Pa\x10\xDE\x81a(\xDAV[d\xFF\xFF\xFF\xFF\xFF\x16`@\x85\x81\x01\x82\x90R\x85Q`\x0B\x88\x01\x80T` \x80\x8A\x01Q``\x80\x8C\x01Q`\x80\x8D\x01Q\x15\x15`\x01`h\x1B\x02`\xFF`h\x1B\x19c\xFF\xFF\xFF\xFF\x90\x92\x16`\x01`H\x1B\x02l\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\x19d\x01\0\0\0\0\x90\x9B\x02\x9A\x90\x9A\x16l\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\x19a\xFF\xFF\x95\x86\x16b\x01\0\0\x02c\xFF\xFF\xFF\xFF\x19\x90\x98\x16\x95\x90\x99\x16\x94\x90\x94\x17\x95\x90\x95\x17\x96\x90\x96\x16\x91\x90\x91\x17\x96\x90\x96\x17\x93\x90\x93\x16\x17\x90U\x81Q\x86\x81R\x90\x81\x01\x8B\x90R\x90\x81\x01\x83\x90R3\x91\x7F\xA5c\xE5\x89\xA9S\xDC\xC0\xC7\x82\xDC\xE1#\x01\x970\xF0\xDE\xC1\x1C\x83\xE1\xDB\x0C\xCA\x8A{\x81a\xCD\xF3\x0E\x91\x01`@Q\x80\x91\x03\x90\xA2P[PPPPPPPV[`\x01`\x01`\xA0\x1B\x03\x81\x163\x14a\x11\xF2W`@Qc3K\xD9\x19`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x0B\x9A\x82\x82a)\x0FV[_j\x0C\t|\xE7\xBC\x90q[4\xB9\xF1`$\x1Ba\x12\x14a!@V[`\x04\x01Ta\x12\"\x91\x90a=\x19V[\x90P\x90V[_a\x120a!@V[T`\x01`\xA0\x1B\x90\x04a\xFF\xFF\x16\x91\x90PV[_a\x12Ja!@V[T`\x01`\x01`\xA0\x1B\x03\x16\x91\x90PV[__a\x12ca!@V[`\x01`\x01`\xA0\x1B\x03\x84\x16_\x90\x81R`\n\x82\x01` R`@\x90 \x90\x91Pj\x0C\t|\xE7\xBC\x90q[4\xB9\xF1`$\x1B\x90a\x12\x9D\x90`\x03\x84\x01\x90a&GV[a\x0Cw\x91\x90a=\x19V[___a\x12\xB2a!@V[\x90P\x80`\x08\x01T\x81`\t\x01T\x92P\x92PP\x90\x91V[_\x81_\x03a\x12\xE8W`@Qc\x1F* \x05`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a\x12\xF1a!@V[\x90P_a\x12\xFE\x82\x86a!dV[\x90Pa\x13\r\x82\x82\x873\x88a)\x88V[3_\x90\x81R`\x0C\x84\x01` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x8A\x16\x84R\x90\x91R\x81 \x91\x94Pa\x13?\x83\x83\x88a*\x8CV[\x90P_\x84_\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16cl\xF6\xD6u`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x13\x93W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x13\xB7\x91\x90a=?V[a\x13\xC1\x90Ba=,V[\x90Pa\x13\xCC\x81a(\xDAV[\x83Td\xFF\xFF\xFF\xFF\xFF\x91\x90\x91\x16`\x01`\x80\x1B\x02d\xFF\xFF\xFF\xFF\xFF`\x80\x1B\x19\x90\x91\x16\x17\x83U`@\x80Q\x88\x81R` \x81\x01\x88\x90R\x90\x81\x01\x83\x90R``\x81\x01\x82\x90R`\x01`\x01`\xA0\x1B\x03\x89\x16\x903\x90\x7F\x01\x1E*\x8AH\xC6\x17hV\xFBT7\xF7\xDF\xB9\x0FOs\x06\xE4\x1C\xDAAL7\x16!{\xD2L\x91\xDB\x90`\x80\x01`@Q\x80\x91\x03\x90\xA3\x84T`@Qc/\r\0\xDD`\xE2\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x8A\x81\x16`\x04\x83\x01R\x90\x91\x16\x90c\xBC4\x03t\x90`$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x14\x86W__\xFD[PZ\xF1\x15\x80\x15a\x14\x98W=__>=_\xFD[PPPPPPPPP\x92\x91PPV[a\x14\xAFa,\x1EV[a\x14\xB8\x82a,\xAEV[a\x14\xC2\x82\x82a,\xB8V[PPV[_a\x14\xCFa-tV[P_Q` a>\x9D_9_Q\x90_R\x90V[___a\x14\xF6a\x14\xEFa!@V[\x86\x86a-\xBDV[\x91P\x91Pj\x0C\t|\xE7\xBC\x90q[4\xB9\xF1`$\x1B\x82`\x02\x01Ta\x15\x18\x91\x90a=\x19V[\x92P\x84`\x01`\x01`\xA0\x1B\x03\x16\x84`\x01`\x01`\xA0\x1B\x03\x16\x03a\tqW`\x02\x81\x01Ta\x15Q\x90j\x0C\t|\xE7\xBC\x90q[4\xB9\xF1`$\x1B\x90a=\x19V[a\x0E\xA1\x90\x84a=,V[_a\x15da!@V[`\r\x01T`\x01`\x01`\xA0\x1B\x03\x16\x91\x90PV[_a\x15\x7Fa!@V[`\x01\x01T`\x01`\x01`\xA0\x1B\x03\x16\x91\x90PV[_a\x15\x9Aa!@V[`\x01\x81\x01T\x90\x91P`\x01`\x01`\xA0\x1B\x03\x163\x14a\x15\xCCW`@Qc'V0\x89`\xE1\x1B\x81R3`\x04\x82\x01R`$\x01a\x08\xD5V[_a\x15\xD6\x82a.\x08V[\x90Pa\x15\xFDa\x15\xF3j\x0C\t|\xE7\xBC\x90q[4\xB9\xF1`$\x1B\x85a=VV[`\x03\x84\x01\x90a.-V[\x82\x82`\x08\x01_\x82\x82Ta\x16\x10\x91\x90a=,V[\x90\x91UPP`@Q\x83\x81R\x81\x90\x7Fg\xCA\xD5\x9EYX\xC0h!\x0BW\xB4\xB0\x1F\x16`\xB6$S2\xDE\x94\xB4\xEFI\x1E{\xD7@HYU\x90` \x01`@Q\x80\x91\x03\x90\xA2PPPV[_a\x16Xa!@V[T`\x01`\xB0\x1B\x90\x04a\xFF\xFF\x16\x91\x90PV[_a\x08~a\x16ua!@V[`\x01`\x01`\xA0\x1B\x03\x84\x16_\x90\x81R`\n\x91\x90\x91\x01` R`@\x90 `\x03\x01a%\xE2V[_\x81_\x03a\x16\xB9W`@Qc\x1F* \x05`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x82`\x01`\x01`\xA0\x1B\x03\x16\x84`\x01`\x01`\xA0\x1B\x03\x16\x03a\x16\xF6W`@QcEp\xAE\xF9`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x08\xD5V[3`\x01`\x01`\xA0\x1B\x03\x84\x16\x03a\x17*W`@Qc\xD5V\xBE\x93`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01a\x08\xD5V[_a\x173a!@V[\x90P_\x81_\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16cl\xF6\xD6u`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x17\x87W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x17\xAB\x91\x90a=?V[3_\x90\x81R`\x0C\x84\x01` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x8B\x16\x84R\x90\x91R\x90 \x90\x91Pa\x17\xDC\x90\x82a.IV[3_\x90\x81R`\x0C\x83\x01` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x89\x16\x84R\x90\x91R\x90 a\x18\n\x90\x82a.IV[_a\x18!\x83a\x18\x19\x85\x8Aa!dV[\x893\x89a)\x88V[\x90P_a\x18.\x84\x88a!dV[\x90Pa\x18;\x84\x82\x89a#\x7FV[a\x18H\x84\x82\x893\x8Aa$NV[`@\x80Q\x88\x81R` \x81\x01\x85\x90R\x90\x81\x01\x82\x90R\x90\x95P`\x01`\x01`\xA0\x1B\x03\x80\x89\x16\x91\x90\x8A\x16\x903\x90\x7F\xFD\xACn\x81\x919\x96\xD9Z\xBC\xC2\x89\xE9\x0F-\x8B\xD25H|\xE6\xFEo\x82\x1E}!\0*\x19\x15\xB4\x90``\x01`@Q\x80\x91\x03\x90\xA4\x83T`@Qc/\r\0\xDD`\xE2\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x8A\x81\x16`\x04\x83\x01R\x90\x91\x16\x90c\xBC4\x03t\x90`$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x18\xE1W__\xFD[PZ\xF1\x15\x80\x15a\x18\xF3W=__>=_\xFD[PPPPPPPP\x93\x92PPPV[_\x82\x15\x80a\x19\x11WPa'\x10\x83\x11[\x15a\x192W`@Qc\"{\xD0W`\xE1\x1B\x81R`\x04\x81\x01\x84\x90R`$\x01a\x08\xD5V[_a\x19;a!@V[\x80T\x90\x91P`\x01`\x01`\xA0\x1B\x03\x163\x14a\x19jW`@Qc(\xB2\x1F\xED`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01a\x08\xD5V[_a\x19u\x82\x87a!dV[\x90Pa\x19\x83\x82\x82\x88\x87a'\x1CV[_a\x19\x90\x82`\x03\x01a%\xE2V[\x90P_a'\x10a\x19\xA0\x88\x84a=VV[a\x19\xAA\x91\x90a=\x19V[\x90P\x80\x15a\x19\xC3Wa\x19\xC3`\x03\x85\x81\x01\x90\x85\x01\x83a.\xD2V[`\x0C\x83\x01T`\x01`\x01``\x1B\x03\x16_a'\x10a\x19\xDF\x8A\x84a=VV[a\x19\xE9\x91\x90a=\x19V[\x90Pa\x19\xF5\x81\x83a=mV[`\x0C\x86\x01\x80T`\x01`\x01``\x1B\x03\x19\x16`\x01`\x01``\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90Ua\x1A!\x81\x84a=,V[`@\x80Q\x8B\x81R` \x81\x01\x86\x90R\x90\x81\x01\x83\x90R\x90\x97P`\x01`\x01`\xA0\x1B\x03\x8B\x16\x90\x7F\x99f\xFE#\x87\x91Wu\xB6YZ~\xD0\x90\xB58\t\xE9\x94\x9A\xA3\r\xB3/d\x96Gd6\xCE\x87\xAB\x90``\x01`@Q\x80\x91\x03\x90\xA2\x86\x15a\x1A\x8FW`\x02\x86\x01Ta\x1A\x8F\x90`\x01`\x01`\xA0\x1B\x03\x163\x89a0>V[PPPPPP\x93\x92PPPV[_a\x1A\xA6\x81a'\xBAV[a\x1A\xB3\x82_a\x13\x88a'\xC7V[_a\x1A\xBCa!@V[\x80T`@\x80Q`\x01`\xA0\x1B\x90\x92\x04a\xFF\xFF\x16\x82R` \x82\x01\x86\x90R\x91\x92P\x7F|3 \rV\xC47HR#\x9F\x90\x13\x8D\xD6;\xB8\xFFu\xFBNy\r\xD6\x1C\x94\xFA\xAC\xBDW\xD1\xD2\x91\x01`@Q\x80\x91\x03\x90\xA1\x80Ta\xFF\xFF\x90\x93\x16`\x01`\xA0\x1B\x02a\xFF\xFF`\xA0\x1B\x19\x90\x93\x16\x92\x90\x92\x17\x90\x91UPV[a\x14\xC2a\x1B2a!@V[\x82a!dV[_\x91\x82R_Q` a>\xBD_9_Q\x90_R` \x90\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 T`\xFF\x16\x90V[_a\x1Bwa!@V[`\x02\x01T`\x01`\x01`\xA0\x1B\x03\x16\x91\x90PV[__a\x1B\x93a!@V[\x90P__a\x1B\xA2\x83\x863a-\xBDV[\x91P\x91Pa\x1B\xAF\x82a0oV[\x93P`\x01`\x01`\xA0\x1B\x03\x85\x163\x03a\x1B\xD7Wa\x1B\xCA\x81a0oV[a\x1B\xD4\x90\x85a=,V[\x93P[\x83_\x03a\x1B\xF7W`@Qc\x12\xD3~\xE5`\xE3\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x83\x83`\t\x01_\x82\x82Ta\x1C\n\x91\x90a=,V[\x90\x91UPP`@Q\x84\x81R`\x01`\x01`\xA0\x1B\x03\x86\x16\x903\x90\x7F\xD5\"!mh\x06\xED\x90D\x0F \xC2\xEBk\xC7\r\xEA\xF0\x89\x1D\xAAt\x95\x18[z\x15T\xDB\xCC\xB8\xF9\x90` \x01`@Q\x80\x91\x03\x90\xA3`\x01\x83\x01T`@Qc{\xA6)o`\xE1\x1B\x81R3`\x04\x82\x01R`$\x81\x01\x86\x90R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x90c\xF7LR\xDE\x90`D\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x1C\x9AW__\xFD[PZ\xF1\x15\x80\x15a\x1C\xACW=__>=_\xFD[PPPPPPP\x91\x90PV[__a\x1C\xC2a!@V[3_\x90\x81R`\x0C\x82\x01` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x88\x16\x84R\x90\x91R\x81 \x80T\x92\x93P\x91`\x01`\x01`\x80\x1B\x03\x16\x90\x81\x90\x03a\x1D\x16W`@Qc\t\x8A\xE7]`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x81T`\x01`\x80\x1B\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15a\x1DXW\x81T`@Qc\xDD\x9C\x89C`\xE0\x1B\x81R`\x01`\x80\x1B\x90\x91\x04d\xFF\xFF\xFF\xFF\xFF\x16`\x04\x82\x01R`$\x01a\x08\xD5V[`\x01`\x01`\xA0\x1B\x03\x85\x16_\x90\x81R`\n\x84\x01` R`@\x90 \x82T`\x01`\x01`\x80\x1B\x03\x19\x16\x80\x84U`\x0C\x82\x01Tc\xFF\xFF\xFF\xFF`\x01`\xE0\x1B\x90\x91\x04\x81\x16`\x01`\xD0\x1B\x90\x92\x04\x16\x03a\x1E4W`\x0C\x81\x01T`\x01`\x01`\x80\x1B\x03`\x01``\x1B\x82\x04\x16\x90`\x01`\x01``\x1B\x03\x16a\x1D\xCC\x84\x83\x83a&%V[\x96Pa\x1D\xD8\x84\x83a=mV[`\x0C\x84\x01\x80T`\x01`\x01`\x80\x1B\x03\x92\x90\x92\x16`\x01``\x1B\x02`\x01``\x1B`\x01`\xE0\x1B\x03\x19\x90\x92\x16\x91\x90\x91\x17\x90Ua\x1E\x0F\x87\x82a=mV[`\x0C\x84\x01\x80T`\x01`\x01``\x1B\x03\x19\x16`\x01`\x01``\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90UPP[`@\x80Q\x86\x81R` \x81\x01\x84\x90R`\x01`\x01`\xA0\x1B\x03\x88\x16\x913\x91\x7F}B\xDA\xB4t\xBC\xFD\xB4\xA6\xF7F\xB2SoE\xAFL,\x02\xED\xF6+\xADI\xC58\xB4\xA2\xA7f\xCB\x94\x91\x01`@Q\x80\x91\x03\x90\xA3\x84\x15a\x1E\x99W`\x02\x84\x01Ta\x1E\x99\x90`\x01`\x01`\xA0\x1B\x03\x163\x87a0>V[PPPP\x91\x90PV[_a\x08~\x82b\t:\x80a0\xB9V[a\x1E\xB9\x82a\x0E\x13V[a\x1E\xC2\x81a'\xBAV[a\x0EO\x83\x83a)\x0FV[_a\x1E\xD5a0\xC4V[\x80T\x90\x91P`\xFF`\x01`@\x1B\x82\x04\x16\x15\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x81\x15\x80\x15a\x1E\xFCWP\x82[\x90P_\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x01\x14\x80\x15a\x1F\x18WP0;\x15[\x90P\x81\x15\x80\x15a\x1F&WP\x80\x15[\x15a\x1FDW`@Qc\xF9.\xE8\xA9`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x84Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16`\x01\x17\x85U\x83\x15a\x1FnW\x84T`\xFF`@\x1B\x19\x16`\x01`@\x1B\x17\x85U[`\x01`\x01`\xA0\x1B\x03\x89\x16\x15\x80a\x1F\x8BWP`\x01`\x01`\xA0\x1B\x03\x88\x16\x15[\x80a\x1F\x9DWP`\x01`\x01`\xA0\x1B\x03\x87\x16\x15[\x80a\x1F\xAFWP`\x01`\x01`\xA0\x1B\x03\x86\x16\x15[\x15a\x1F\xCDW`@Qc\xD9.#=`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x1F\xD5a0\xECV[a\x1F\xDF_\x8Aa(\x03V[P_a\x1F\xE9a!@V[\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x8B\x16\x90\x81\x17\x82U`@\x80Qc\x02\xED\xC1}`\xE5\x1B\x81R\x90Q\x92\x93P\x90\x91c]\xB8/\xA0\x91`\x04\x80\x82\x01\x92` \x92\x90\x91\x90\x82\x90\x03\x01\x81\x86Z\xFA\x15\x80\x15a BW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a f\x91\x90a=\x80V[`\r\x82\x01\x80T`\x01`\x01`\xA0\x1B\x03\x19\x90\x81\x16`\x01`\x01`\xA0\x1B\x03\x93\x84\x16\x17\x90\x91U`\x01\x83\x01\x80T\x82\x16\x8B\x84\x16\x17\x90U`\x02\x83\x01\x80T\x90\x91\x16\x91\x89\x16\x91\x90\x91\x17\x90U\x80Tc\xFF\xFF\xFF\xFF`\xA0\x1B\x19\x16b>\x80}`\xA4\x1B\x17\x81Ua \xCABb\t:\x80a0\xB9V[`\x06\x91\x90\x91\x01\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x91\x90\x91\x17\x90U\x83\x15a!5W\x84T`\xFF`@\x1B\x19\x16\x85U`@Q`\x01\x81R\x7F\xC7\xF5\x05\xB2\xF3q\xAE!u\xEEI\x13\xF4I\x9E\x1F&3\xA7\xB5\x93c!\xEE\xD1\xCD\xAE\xB6\x11Q\x81\xD2\x90` \x01`@Q\x80\x91\x03\x90\xA1[PPPPPPPPPV[\x7F-\xBB\xB2qM<\xF6O\x070\xE4V\xB2\xAE\xCD\x84\xFE\x811\x88\xE5\xD9C\xBC\xFA&P\xA3\xF3K\xE3\0\x90V[__a!o\x84a.\x08V[`\x01`\x01`\xA0\x1B\x03\x84\x16_\x90\x81R`\n\x86\x01` \x90\x81R`@\x91\x82\x90 \x82Q`\xA0\x81\x01\x84R`\x0B\x82\x01Ta\xFF\xFF\x80\x82\x16\x83Rb\x01\0\0\x82\x04\x16\x93\x82\x01\x93\x90\x93Rd\x01\0\0\0\0\x83\x04d\xFF\xFF\xFF\xFF\xFF\x16\x93\x81\x01\x93\x90\x93R`\x01`H\x1B\x82\x04c\xFF\xFF\xFF\xFF\x16``\x84\x01R`\x01`h\x1B\x90\x91\x04`\xFF\x16\x15\x15`\x80\x83\x01R`\t\x81\x01T\x90\x94P\x91\x92P\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82\x14a\"\x91Wa\"\x12`\x03\x86\x01\x84a0\xF4V[_\x80a\"$`\x03\x88\x81\x01\x90\x87\x01a1\xB5V[\x90\x92P\x90P_\x82\x82\x17\x15a\"\\W\x87T\x84Qa\xFF\xFF`\x01`\xA0\x1B\x90\x92\x04\x82\x16\x91\x16\x81\x11a\"QW\x80a\"XV[\x84Qa\xFF\xFF\x16[\x91PP[\x82\x15a\"mWa\"m\x86\x84\x83a2\xE0V[a\"{`\x06\x87\x01\x86_a3>V[P\x81\x15a\"\x8DWa\"\x8D\x86\x83\x83a2\xE0V[PPP[`@\x81\x01Qd\xFF\xFF\xFF\xFF\xFF\x16\x15\x80\x15\x90a\"\xB6WP\x80`@\x01Qd\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15[\x15a\tqW\x80Q` \x82\x01Q`@Q`\x01`\x01`\xA0\x1B\x03\x87\x16\x92\x7FnP\r\xB3\x0C\xE55\xD3\x88R\xE3\x18\xF33\xE9\xBEA\xA3\xFE\xC6\xC6]#N\xBB\x06 <\x89m\xB9\xA5\x92a#\x0B\x92a\xFF\xFF\x92\x83\x16\x81R\x91\x16` \x82\x01R`@\x01\x90V[`@Q\x80\x91\x03\x90\xA2` \x81\x01\x80Q_`@\x84\x01\x81\x90R\x90\x91Ra\xFF\xFF\x16\x80\x82R`\x0B\x84\x01\x80T``\x84\x01Q`\x80\x85\x01Q\x15\x15`\x01`h\x1B\x02`\xFF`h\x1B\x19c\xFF\xFF\xFF\xFF\x90\x92\x16`\x01`H\x1B\x02l\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x90\x93\x16\x90\x94\x17\x91\x90\x91\x17\x16\x91\x90\x91\x17\x90UPP\x92\x91PPV[`\x0B\x82\x01T`\x01`h\x1B\x90\x04`\xFF\x16\x15a#\x98WPPPV[`\r\x83\x01T`@Qc8\t@\xFB`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x83\x81\x16`\x04\x83\x01R\x90\x91\x16\x90c8\t@\xFB\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a#\xE2W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a$\x06\x91\x90a=\x9BV[c\xFF\xFF\xFF\xFF\x16_\x03a$6W`@Qc\x9C\x90\t\xFF`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\x08\xD5V[P`\x0B\x01\x80T`\xFF`h\x1B\x19\x16`\x01`h\x1B\x17\x90UPV[__a$\\\x86`\x03\x01a%\xE2V[\x90P_a$h\x87a&\x02V[\x90P\x80\x15\x80\x15\x90a$wWP\x81\x15[\x15a$\xA0W`@QcY\xBB\x81k`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x87\x16`\x04\x82\x01R`$\x01a\x08\xD5V[a$\xAB\x84\x82\x84a4\x1FV[\x92P\x82_\x03a$\xD0W`@Qcn6\x99\xB7`\xE1\x1B\x81R`\x04\x81\x01\x85\x90R`$\x01a\x08\xD5V[`\x01`\x01`\xA0\x1B\x03\x80\x86\x16_\x90\x81R`\x0B\x8A\x01` \x90\x81R`@\x80\x83 \x93\x8A\x16\x83R\x92\x90R a%\x03`\x06\x89\x01\x82a0\xF4V[a%\x0C\x81a%\xE2V[_\x03a%PW`\x0B\x88\x01\x80T`\t\x90a%1\x90`\x01`H\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16a=\xBEV[\x91\x90a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP[a%^`\x06\x89\x01\x82\x86a49V[a%o`\x03\x8A\x81\x01\x90\x8A\x01\x87a49V[PPP\x95\x94PPPPPV[`@Q`\x01`\x01`\xA0\x1B\x03\x84\x81\x16`$\x83\x01R\x83\x81\x16`D\x83\x01R`d\x82\x01\x83\x90Ra\x0EO\x91\x86\x91\x82\x16\x90c#\xB8r\xDD\x90`\x84\x01[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x91P`\xE0\x1B` \x82\x01\x80Q`\x01`\x01`\xE0\x1B\x03\x83\x81\x83\x16\x17\x83RPPPPa5<V[\x80T_\x90a\x08~\x90`\x01`\x01`p\x1B\x03`\x01`p\x1B\x82\x04\x81\x16\x91\x16a=,V[`\x08\x81\x01T_\x90a\x08~\x90`\x01`\x01`\x80\x1B\x03`\x01`\x80\x1B\x82\x04\x81\x16\x91\x16a=,V[_\x82_\x03a&4WP_a\x0CwV[a&?\x84\x83\x85a5\xA8V[\x94\x93PPPPV[\x80T`\x01\x82\x01T`\x02\x83\x01T`\x03\x85\x01T\x90\x92`\x01`\x01`p\x1B\x03\x81\x16\x92\x91g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x01`\xE0\x1B\x90\x91\x04c\xFF\xFF\xFF\xFF\x16\x10\x80\x15a&\x9BWP\x83T`\x01`p\x1B\x90\x04`\x01`\x01`p\x1B\x03\x16\x15\x15[\x15a'\x05W\x83T`\x01`\xE0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16_\x90\x81R`\x04\x86\x01` R`@\x90 Ta&\xC9\x82\x82a=mV[a&\xD3\x90\x84a=VV[a&\xDD\x90\x85a=,V[\x85T\x90\x94P\x90\x91P\x81\x90a'\x01\x90`\x01`p\x1B\x90\x04`\x01`\x01`p\x1B\x03\x16\x84a=,V[\x92PP[\x84Ta'\x12\x90\x82\x90a=mV[a\x15Q\x90\x83a=VV[_a'&\x84a%\xE2V[\x90P\x80\x82\x11\x15a'NWa'I\x84a'>\x83\x85a=mV[`\x03\x88\x01\x91\x90a49V[a'oV[\x80\x82\x10\x15a'oWa'o\x84a'd\x84\x84a=mV[`\x03\x88\x01\x91\x90a.\xD2V[`@\x80Q\x82\x81R` \x81\x01\x84\x90R`\x01`\x01`\xA0\x1B\x03\x85\x16\x91\x7F\xD5l\x9A<T\x98\x8F\xCF\xAB|B\x8B\x06\xC2\x01\x9F}59\xA3\xC6\xA9[\xA7\xA0\xF6\x01\x1A\xA7\xF2\xBE'\x91\x01`@Q\x80\x91\x03\x90\xA2PPPPPV[a'\xC4\x813a6XV[PV[\x81\x83\x10\x80a'\xD4WP\x80\x83\x11[\x15a\x0B\x9AW`@Qc\tB$q`\xE3\x1B\x81R`\x04\x81\x01\x84\x90R`$\x81\x01\x83\x90R`D\x81\x01\x82\x90R`d\x01a\x08\xD5V[__Q` a>\xBD_9_Q\x90_Ra(\x1C\x84\x84a\x1B8V[a(\x9BW_\x84\x81R` \x82\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x87\x16\x84R\x90\x91R\x90 \x80T`\xFF\x19\x16`\x01\x17\x90Ua(Q3\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x83`\x01`\x01`\xA0\x1B\x03\x16\x85\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r`@Q`@Q\x80\x91\x03\x90\xA4`\x01\x91PPa\x08~V[_\x91PPa\x08~V[_a(\xAF\x82\x84a=VV[a(\xBBa'\x10\x87a=VV[\x10\x15\x80\x15a\x0E\xA1WP\x82a(\xCF\x85\x87a=,V[\x10\x15\x95\x94PPPPPV[_d\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a)\x0BW`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`(`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x08\xD5V[P\x90V[__Q` a>\xBD_9_Q\x90_Ra)(\x84\x84a\x1B8V[\x15a(\x9BW_\x84\x81R` \x82\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x87\x16\x80\x85R\x92R\x80\x83 \x80T`\xFF\x19\x16\x90UQ3\x92\x87\x91\x7F\xF69\x1F\\2\xD9\xC6\x9D*G\xEAg\x0BD)t\xB595\xD1\xED\xC7\xFDd\xEB!\xE0G\xA89\x17\x1B\x91\x90\xA4`\x01\x91PPa\x08~V[`\x01`\x01`\xA0\x1B\x03\x80\x83\x16_\x90\x81R`\x0B\x87\x01` \x90\x81R`@\x80\x83 \x93\x87\x16\x83R\x92\x90R\x90\x81 a)\xBD`\x06\x87\x01\x82a0\xF4V[_a)\xC7\x82a%\xE2V[\x90Pa)\xE7\x84a)\xD6\x89a&\x02V[a)\xE2\x8A`\x03\x01a%\xE2V[a6\x91V[\x92P\x80\x83\x11\x80a)\xF5WP\x82\x15[\x15a*\x1DW`@Qce\x8E\xC5\xDD`\xE1\x1B\x81R`\x04\x81\x01\x82\x90R`$\x81\x01\x84\x90R`D\x01a\x08\xD5V[a*+`\x06\x88\x01\x83\x85a.\xD2V[\x80\x83\x03a*pW`\x0B\x87\x01\x80T`\t\x90a*Q\x90`\x01`H\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16a=\xE2V[\x91\x90a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP[a*\x81`\x03\x89\x81\x01\x90\x89\x01\x86a.\xD2V[PP\x95\x94PPPPPV[`\x0C\x83\x01T_\x90`\x01``\x1B\x81\x04`\x01`\x01`\x80\x1B\x03\x16\x90`\x01`\x01``\x1B\x03\x81\x16\x90`\x01`\xE0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x81\x15\x80\x15a*\xC9WP\x82\x15\x15[\x15a*\xFCW_\x92Pa*\xDA\x81a=\xBEV[`\x0C\x88\x01\x80T`\x01`\x01`\xE0\x1B\x03\x16`\x01`\xE0\x1Bc\xFF\xFF\xFF\xFF\x84\x16\x02\x17\x90U\x90P[\x85Tc\xFF\xFF\xFF\xFF\x82\x81\x16`\x01`\xD0\x1B\x90\x92\x04\x16\x14a+IW\x85T\x7F\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x01`\xD0\x1Bc\xFF\xFF\xFF\xFF\x83\x16\x02\x17\x86U[a+T\x85\x84\x84a4\x1FV[\x93P\x83_\x03a+yW`@Qcn6\x99\xB7`\xE1\x1B\x81R`\x04\x81\x01\x86\x90R`$\x01a\x08\xD5V[a+\x8Ba+\x86\x86\x84a=,V[a6\xAEV[`\x0C\x88\x01\x80T`\x01`\x01``\x1B\x03\x19\x16`\x01`\x01``\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90Ua+\xBFa+\xBA\x85\x85a=,V[a6\xE1V[`\x0C\x88\x01\x80T`\x01``\x1B`\x01`\xE0\x1B\x03\x19\x16`\x01``\x1B`\x01`\x01`\x80\x1B\x03\x93\x84\x16\x02\x17\x90U\x86Ta+\xF8\x91a+\xBA\x91\x87\x91\x16a=,V[\x86T`\x01`\x01`\x80\x1B\x03\x19\x16`\x01`\x01`\x80\x1B\x03\x91\x90\x91\x16\x17\x90\x95UP\x90\x94\x93PPPPV[0`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14\x80a,\x8EWP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16a,\x82a7\x14V[`\x01`\x01`\xA0\x1B\x03\x16\x14\x15[\x15a,\xACW`@Qcp>F\xDD`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[V[_a\x14\xC2\x81a'\xBAV[\x81`\x01`\x01`\xA0\x1B\x03\x16cR\xD1\x90-`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x92PPP\x80\x15a-\x12WP`@\x80Q`\x1F=\x90\x81\x01`\x1F\x19\x16\x82\x01\x90\x92Ra-\x0F\x91\x81\x01\x90a=?V[`\x01[a-:W`@QcL\x9C\x8C\xE3`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16`\x04\x82\x01R`$\x01a\x08\xD5V[_Q` a>\x9D_9_Q\x90_R\x81\x14a-jW`@Qc*\x87Ri`\xE2\x1B\x81R`\x04\x81\x01\x82\x90R`$\x01a\x08\xD5V[a\x0B\x9A\x83\x83a7(V[0`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14a,\xACW`@Qcp>F\xDD`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[__a-\xC9\x85\x85a!dV[`\x01`\x01`\xA0\x1B\x03\x80\x85\x16_\x90\x81R`\x0B\x88\x01` \x90\x81R`@\x80\x83 \x93\x89\x16\x83R\x92\x90R \x92P\x90Pa.\0`\x06\x82\x01\x83a0\xF4V[\x93P\x93\x91PPV[_a.\x16Bb\t:\x80a0\xB9V[\x90Pa.'`\x03\x83\x01\x82`\x01a3>V[P\x91\x90PV[\x80\x82`\x01\x01_\x82\x82Ta.@\x91\x90a=,V[\x90\x91UPPPPV[\x81T`\x01`\xA8\x1B\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16\x80\x15\x80\x15\x90a.pWPa.m\x82\x82a=,V[B\x10[\x15a.\xA2W\x80a.\x80\x83\x82a=,V[`@Qco}\xB8\xF9`\xE1\x1B\x81R`\x04\x81\x01\x92\x90\x92R`$\x82\x01R`D\x01a\x08\xD5V[a.\xABBa(\xDAV[\x83Td\xFF\xFF\xFF\xFF\xFF\x91\x90\x91\x16`\x01`\xA8\x1B\x02d\xFF\xFF\xFF\xFF\xFF`\xA8\x1B\x19\x90\x91\x16\x17\x90\x92UPPV[\x81T`\x01`\x01`p\x1B\x03`\x01`p\x1B\x82\x04\x81\x16\x91\x16a.\xF1\x81\x83a=,V[\x83\x11\x15a/&Wa/\x02\x81\x83a=,V[`@Qc\xF4q\x11\xB3`\xE0\x1B\x81R`\x04\x81\x01\x91\x90\x91R`$\x81\x01\x84\x90R`D\x01a\x08\xD5V[_\x82\x84\x10a/4W\x82a/6V[\x83[\x90P_a/C\x82\x86a=mV[\x90Pa/O\x82\x85a=mV[\x86T`\x01`\x01`p\x1B\x03\x91\x90\x91\x16`\x01`p\x1B\x02`\x01`p\x1B`\x01`\xE0\x1B\x03\x19\x90\x91\x16\x17\x86Ua/\x7F\x81\x84a=mV[\x86Tm\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16`\x01`\x01`p\x1B\x03\x91\x90\x91\x16\x17\x86U`\x02\x87\x01\x80T\x83\x91\x90`\x10\x90a/\xC8\x90\x84\x90`\x01`\x80\x1B\x90\x04`\x01`\x01`\x80\x1B\x03\x16a>\0V[\x92Pa\x01\0\n\x81T\x81`\x01`\x01`\x80\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`\x80\x1B\x03\x16\x02\x17\x90UP\x80\x87`\x02\x01_\x82\x82\x82\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\x80\x1B\x03\x16a0\x11\x91\x90a>\0V[\x92Pa\x01\0\n\x81T\x81`\x01`\x01`\x80\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`\x80\x1B\x03\x16\x02\x17\x90UPPPPPPPPV[`@Q`\x01`\x01`\xA0\x1B\x03\x83\x81\x16`$\x83\x01R`D\x82\x01\x83\x90Ra\x0B\x9A\x91\x85\x91\x82\x16\x90c\xA9\x05\x9C\xBB\x90`d\x01a%\xB0V[`\x02\x81\x01T_\x90a0\x8Ej\x0C\t|\xE7\xBC\x90q[4\xB9\xF1`$\x1B\x82a=\x19V[\x91P\x81\x15a.'Wa0\xAEj\x0C\t|\xE7\xBC\x90q[4\xB9\xF1`$\x1B\x82a>\x1FV[`\x02\x84\x01UP\x91\x90PV[_a\x0Cw\x82\x84a=\x19V[_\x80\x7F\xF0\xC5~\x16\x84\r\xF0@\xF1P\x88\xDC/\x81\xFE9\x1C9#\xBE\xC7>#\xA9f.\xFC\x9C\"\x9Cj\0a\x08~V[a,\xACa7}V[\x80T`\x01`p\x1B\x90\x04`\x01`\x01`p\x1B\x03\x16\x15a1OW__a1\x17\x84\x84a1\xB5V[\x90\x92P\x90P_a1'\x82\x84a=,V[\x90P\x80\x15a1HW\x80\x84`\x02\x01_\x82\x82Ta1B\x91\x90a=,V[\x90\x91UPP[PPPPPV[\x80T\x82T`\x01\x83\x01T`\x01`\x01`p\x1B\x03\x90\x92\x16\x91\x82\x15\x80a1pWP\x80\x82\x14[\x15a1|WPPPPPV[a1\x86\x81\x83a=mV[a1\x90\x90\x84a=VV[\x84`\x02\x01_\x82\x82Ta1\xA2\x91\x90a=,V[\x90\x91UPPP`\x01\x90\x92\x01\x91\x90\x91UPPV[\x80T_\x90\x81\x90`\x01`\x01`p\x1B\x03\x80\x82\x16\x91`\x01`p\x1B\x90\x04\x16\x81\x15\x80\x15a1\xDBWP\x80\x15[\x15a1\xEDW__\x93P\x93PPPa2\xD9V[\x85T`\x01\x86\x01T`\x03\x88\x01T\x87Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x90`\x01`\xE0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x81\x11\x15a2\x9DW\x87T`\x01`\xE0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16_\x90\x81R`\x04\x8A\x01` R`@\x90 Ta2E\x83\x82a=mV[a2O\x90\x87a=VV[\x97P\x91P\x81\x84\x15a2\x80Wa2d\x85\x87a=,V[\x89T`\x01`\x01`\xE0\x1B\x03\x19\x16`\x01`\x01`p\x1B\x03\x82\x16\x17\x8AU\x95P[P\x87T`\x01`\x01`\xE0\x1B\x03\x16`\x01`\xE0\x1Bc\xFF\xFF\xFF\xFF\x83\x16\x02\x17\x88U[a2\xA7\x82\x84a=mV[a2\xB1\x90\x86a=VV[\x95P\x84\x15\x80\x15\x90a2\xC6WP\x82\x88`\x01\x01T\x14\x15[\x15a2\xD3W`\x01\x88\x01\x83\x90U[PPPPP[\x92P\x92\x90PV[_a'\x10a2\xEE\x83\x85a=VV[a2\xF8\x91\x90a=\x19V[\x90P\x80\x15a3\x1BW\x80\x84_\x01`\x02\x01_\x82\x82Ta3\x15\x91\x90a=,V[\x90\x91UPP[a32a3(\x82\x85a=mV[`\x06\x86\x01\x90a.-V[a\x0EO\x84`\x06\x01a7\xA2V[`\x03\x83\x01T_\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x84\x11a3_W_\x91PPa\x0CwV[a3h\x85a7\xA2V[`\x02\x85\x01T`\x01`\x80\x1B\x90\x04`\x01`\x01`\x80\x1B\x03\x16\x83\x80a3\x88WP\x80\x15\x15[\x15a3\xA0W\x85T_\x83\x81R`\x04\x88\x01` R`@\x90 U[\x80\x15a3\xF2W`\x02\x86\x01\x80T\x82\x91\x90_\x90a3\xC5\x90\x84\x90`\x01`\x01`\x80\x1B\x03\x16a>2V[\x82Ta\x01\0\x92\x90\x92\n`\x01`\x01`\x80\x1B\x03\x81\x81\x02\x19\x90\x93\x16\x91\x83\x16\x02\x17\x90\x91U`\x02\x88\x01\x80T\x90\x91\x16\x90UP[PPP`\x03\x83\x01\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x90\x91\x16\x17\x90U`\x01\x93\x92PPPV[_\x82_\x03a4.WP\x82a\x0CwV[a&?\x84\x84\x84a5\xA8V[\x81T_\x90a4X\x90\x83\x90`\x01`p\x1B\x90\x04`\x01`\x01`p\x1B\x03\x16a=,V[\x83T\x90\x91P`\x01`\x01`p\x1B\x03\x90a4r\x90\x82\x16\x83a=,V[\x11\x15a4\xA1W`@Qc\xF4q\x11\xB3`\xE0\x1B\x81R`\x01`\x01`p\x1B\x03`\x04\x82\x01R`$\x81\x01\x82\x90R`D\x01a\x08\xD5V[\x82T`\x01`\x01`p\x1B\x03\x80\x83\x16`\x01`p\x1B\x02`\x01`p\x1B`\x01`\xE0\x1B\x03\x19\x83\x16\x81\x17\x86U`\x03\x87\x01Tc\xFF\xFF\xFF\xFF\x16`\x01`\xE0\x1B\x02`\x01`\x01`\xE0\x1B\x03\x90\x91\x16\x91\x90\x92\x16\x17\x17\x83U`\x02\x84\x01\x80T\x83\x91\x90`\x10\x90a5\x12\x90\x84\x90`\x01`\x01`\x80\x1B\x03`\x01`\x80\x1B\x90\x91\x04\x16a>2V[\x92Pa\x01\0\n\x81T\x81`\x01`\x01`\x80\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`\x80\x1B\x03\x16\x02\x17\x90UPPPPPV[__` _\x84Q` \x86\x01_\x88Z\xF1\x80a5[W`@Q=_\x82>=\x81\xFD[PP_Q=\x91P\x81\x15a5rW\x80`\x01\x14\x15a5\x7FV[`\x01`\x01`\xA0\x1B\x03\x84\x16;\x15[\x15a\x0EOW`@QcRt\xAF\xE7`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x08\xD5V[___a5\xB5\x86\x86a8\x05V[\x91P\x91P\x81_\x03a5\xD9W\x83\x81\x81a5\xCFWa5\xCFa<\xF1V[\x04\x92PPPa\x0CwV[\x81\x84\x11a5\xF0Wa5\xF0`\x03\x85\x15\x02`\x11\x18a8!V[_\x84\x86\x88\t_\x86\x81\x03\x87\x16\x96\x87\x90\x04\x96`\x02`\x03\x89\x02\x81\x18\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x90\x91\x03\x02\x91\x81\x90\x03\x81\x90\x04`\x01\x01\x85\x84\x11\x90\x96\x03\x95\x90\x95\x02\x91\x90\x93\x03\x93\x90\x93\x04\x92\x90\x92\x17\x02\x91PP\x93\x92PPPV[a6b\x82\x82a\x1B8V[a\x14\xC2W`@Qc\xE2Q}?`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x08\xD5V[_\x81_\x03a6\xA1WP_\x19a\x0CwV[a&?\x84\x84\x84`\x01a82V[_`\x01`\x01``\x1B\x03\x82\x11\x15a)\x0BW`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R```\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x08\xD5V[_`\x01`\x01`\x80\x1B\x03\x82\x11\x15a)\x0BW`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\x80`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x08\xD5V[__Q` a>\x9D_9_Q\x90_Ra\x12JV[a71\x82a8tV[`@Q`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x7F\xBC|\xD7Z \xEE'\xFD\x9A\xDE\xBA\xB3 A\xF7U!M\xBCk\xFF\xA9\x0C\xC0\"[9\xDA.\\-;\x90_\x90\xA2\x80Q\x15a7uWa\x0B\x9A\x82\x82a8\xD7V[a\x14\xC2a9@V[a7\x85a9_V[a,\xACW`@Qc\x1A\xFC\xD7\x9F`\xE3\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x02\x81\x01T`\x01\x82\x01T`\x01`\x01`\x80\x1B\x03\x90\x91\x16\x90\x81\x15\x80a7\xC3WP\x80\x15[\x15a7\xCDWPPPV[a7\xD7\x82\x82a=\x19V[\x83_\x01_\x82\x82Ta7\xE8\x91\x90a=,V[\x90\x91UPa7\xF8\x90P\x82\x82a>\x1FV[\x83`\x01\x01\x81\x90UPPPPV[_\x80_\x19\x83\x85\t\x93\x90\x92\x02\x80\x84\x10\x93\x81\x90\x03\x93\x90\x93\x03\x93\x91PPV[cNH{q_R\x80` R`$`\x1C\xFD[_a8_a8?\x83a9xV[\x80\x15a8ZWP_\x84\x80a8UWa8Ua<\xF1V[\x86\x88\t\x11[\x15\x15\x90V[a8j\x86\x86\x86a5\xA8V[a\x0E\xA1\x91\x90a=,V[\x80`\x01`\x01`\xA0\x1B\x03\x16;_\x03a8\xA9W`@QcL\x9C\x8C\xE3`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\x08\xD5V[_Q` a>\x9D_9_Q\x90_R\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90UV[``__\x84`\x01`\x01`\xA0\x1B\x03\x16\x84`@Qa8\xF3\x91\x90a>QV[_`@Q\x80\x83\x03\x81\x85Z\xF4\x91PP=\x80_\x81\x14a9+W`@Q\x91P`\x1F\x19`?=\x01\x16\x82\x01`@R=\x82R=_` \x84\x01>a90V[``\x91P[P\x91P\x91Pa\x0E\xA1\x85\x83\x83a9\xA4V[4\x15a,\xACW`@Qc\xB3\x98\x97\x9F`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a9ha0\xC4V[T`\x01`@\x1B\x90\x04`\xFF\x16\x91\x90PV[_`\x02\x82`\x03\x81\x11\x15a9\x8DWa9\x8Da>gV[a9\x97\x91\x90a>{V[`\xFF\x16`\x01\x14\x90P\x91\x90PV[``\x82a9\xB9Wa9\xB4\x82a:\0V[a\x0CwV[\x81Q\x15\x80\x15a9\xD0WP`\x01`\x01`\xA0\x1B\x03\x84\x16;\x15[\x15a9\xF9W`@Qc\x99\x96\xB3\x15`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x08\xD5V[P\x80a\x0CwV[\x80Q\x15a:\x0FW\x80Q` \x82\x01\xFD[`@Qc\xD6\xBD\xA2u`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_` \x82\x84\x03\x12\x15a:8W__\xFD[\x815`\x01`\x01`\xE0\x1B\x03\x19\x81\x16\x81\x14a\x0CwW__\xFD[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a'\xC4W__\xFD[__`@\x83\x85\x03\x12\x15a:tW__\xFD[\x825a:\x7F\x81a:OV[\x94` \x93\x90\x93\x015\x93PPPV[__`@\x83\x85\x03\x12\x15a:\x9EW__\xFD[\x825a:\xA9\x81a:OV[\x91P` \x83\x015a:\xB9\x81a:OV[\x80\x91PP\x92P\x92\x90PV[_` \x82\x84\x03\x12\x15a:\xD4W__\xFD[P5\x91\x90PV[_` \x82\x84\x03\x12\x15a:\xEBW__\xFD[\x815a\x0Cw\x81a:OV[__`@\x83\x85\x03\x12\x15a;\x07W__\xFD[\x825\x91P` \x83\x015a:\xB9\x81a:OV[___``\x84\x86\x03\x12\x15a;+W__\xFD[\x835a;6\x81a:OV[\x95` \x85\x015\x95P`@\x90\x94\x015\x93\x92PPPV[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[__`@\x83\x85\x03\x12\x15a;pW__\xFD[\x825a;{\x81a:OV[\x91P` \x83\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a;\x96W__\xFD[\x83\x01`\x1F\x81\x01\x85\x13a;\xA6W__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a;\xC0Wa;\xC0a;KV[`@Q`\x1F\x82\x01`\x1F\x19\x90\x81\x16`?\x01\x16\x81\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x82\x82\x10\x17\x15a;\xEFWa;\xEFa;KV[`@R\x81\x81R\x82\x82\x01` \x01\x87\x10\x15a<\x06W__\xFD[\x81` \x84\x01` \x83\x017_` \x83\x83\x01\x01R\x80\x93PPPP\x92P\x92\x90PV[___``\x84\x86\x03\x12\x15a<7W__\xFD[\x835a<B\x81a:OV[\x92P` \x84\x015a<R\x81a:OV[\x92\x95\x92\x94PPP`@\x91\x90\x91\x015\x90V[` \x81R_\x82Q\x80` \x84\x01R\x80` \x85\x01`@\x85\x01^_`@\x82\x85\x01\x01R`@`\x1F\x19`\x1F\x83\x01\x16\x84\x01\x01\x91PP\x92\x91PPV[____`\x80\x85\x87\x03\x12\x15a<\xABW__\xFD[\x845a<\xB6\x81a:OV[\x93P` \x85\x015a<\xC6\x81a:OV[\x92P`@\x85\x015a<\xD6\x81a:OV[\x91P``\x85\x015a<\xE6\x81a:OV[\x93\x96\x92\x95P\x90\x93PPV[cNH{q`\xE0\x1B_R`\x12`\x04R`$_\xFD[cNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[_\x82a='Wa='a<\xF1V[P\x04\x90V[\x80\x82\x01\x80\x82\x11\x15a\x08~Wa\x08~a=\x05V[_` \x82\x84\x03\x12\x15a=OW__\xFD[PQ\x91\x90PV[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\x08~Wa\x08~a=\x05V[\x81\x81\x03\x81\x81\x11\x15a\x08~Wa\x08~a=\x05V[_` \x82\x84\x03\x12\x15a=\x90W__\xFD[\x81Qa\x0Cw\x81a:OV[_` \x82\x84\x03\x12\x15a=\xABW__\xFD[\x81Qc\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x0CwW__\xFD[_c\xFF\xFF\xFF\xFF\x82\x16c\xFF\xFF\xFF\xFF\x81\x03a=\xD9Wa=\xD9a=\x05V[`\x01\x01\x92\x91PPV[_c\xFF\xFF\xFF\xFF\x82\x16\x80a=\xF7Wa=\xF7a=\x05V[_\x19\x01\x92\x91PPV[`\x01`\x01`\x80\x1B\x03\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x08~Wa\x08~a=\x05V[_\x82a>-Wa>-a<\xF1V[P\x06\x90V[`\x01`\x01`\x80\x1B\x03\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x08~Wa\x08~a=\x05V[_\x82Q\x80` \x85\x01\x84^_\x92\x01\x91\x82RP\x91\x90PV[cNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[_`\xFF\x83\x16\x80a>\x8DWa>\x8Da<\xF1V[\x80`\xFF\x84\x16\x06\x91PP\x92\x91PPV\xFE6\x08\x94\xA1;\xA1\xA3!\x06g\xC8(I-\xB9\x8D\xCA> v\xCC75\xA9 \xA3\xCAP]8+\xBC\x02\xDD{\xC7\xDE\xC4\xDC\xEE\xDD\xA7u\xE5\x8D\xD5A\xE0\x8A\x11llS\x81\\\x0B\xD0(\x19/{bh\0\xA1dsolcC\0\x08\x1E\0\n",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x60806040526004361061025f575f3560e01c8063543be7311161013f5780638fb2e2c2116100b3578063ad3cb1cc11610078578063ad3cb1cc14610780578063aeffaa47146107bd578063b369af71146107dc578063d547741f146107fb578063d7afee471461081a578063f8c8765e1461082f575f5ffd5b80638fb2e2c2146106fc57806391d148541461071b578063929ac35f1461073a57806396bb1fef1461074e578063a217fddf1461076d575f5ffd5b806364818bd11161010457806364818bd11461065857806365da12641461066c5780636bd8f8041461068b5780637c8c3394146106aa57806380af6ff6146106be578063845dae24146106dd575f5ffd5b8063543be731146105dc5780635db82fa0146105fb5780635dbdda691461060f57806361d027b31461062557806363264baa14610639575f5ffd5b80633281a78e116101d65780633e91adca1161019b5780633e91adca1461052257806341a2b8d61461054e57806347590a0f1461056d5780634d99dd16146105965780634f1ef286146105b557806352d1902d146105c8575f5ffd5b80633281a78e1461049d578063355e6b43146104bc57806336568abe146104db57806339955cf4146104fa5780633e17b6001461050e575f5ffd5b80631129ee37116102275780631129ee3714610378578063156522a8146103975780631b91037714610422578063248a9ca314610437578063262ddec3146104565780632f2ff15d1461047e575f5ffd5b806301ffc9a714610263578063026e402b14610297578063046d3307146102c457806308ac776b146103385780630995ad4c14610359575b5f5ffd5b34801561026e575f5ffd5b5061028261027d366004613a28565b61084e565b60405190151581526020015b60405180910390f35b3480156102a2575f5ffd5b506102b66102b1366004613a63565b610884565b60405190815260200161028e565b3480156102cf575f5ffd5b506102e36102de366004613a8d565b610979565b60405161028e91905f60e082019050825182526020830151602083015260408301516040830152606083015160608301526080830151608083015260a083015160a083015260c083015160c083015292915050565b348015610343575f5ffd5b50610357610352366004613a63565b610b4d565b005b348015610364575f5ffd5b50610357610373366004613ac4565b610b9f565b348015610383575f5ffd5b506102b6610392366004613adb565b610c2b565b3480156103a2575f5ffd5b506103b66103b1366004613adb565b610c7e565b60405161028e91905f61012082019050825182526020830151602083015260408301516040830152606083015160608301526080830151608083015260a083015160a083015260c083015160c083015260e083015160e083015261010083015161010083015292915050565b34801561042d575f5ffd5b506102b661138881565b348015610442575f5ffd5b506102b6610451366004613ac4565b610e13565b348015610461575f5ffd5b5061046b6107d081565b60405161ffff909116815260200161028e565b348015610489575f5ffd5b50610357610498366004613af6565b610e33565b3480156104a8575f5ffd5b506102826104b7366004613b19565b610e55565b3480156104c7575f5ffd5b506103576104d6366004613ac4565b610eaa565b3480156104e6575f5ffd5b506103576104f5366004613af6565b6111c9565b348015610505575f5ffd5b506102b66111fc565b348015610519575f5ffd5b506102b6611227565b34801561052d575f5ffd5b50610536611241565b6040516001600160a01b03909116815260200161028e565b348015610559575f5ffd5b506102b6610568366004613adb565b611259565b348015610578575f5ffd5b506105816112a7565b6040805192835260208301919091520161028e565b3480156105a1575f5ffd5b506102b66105b0366004613a63565b6112c7565b6103576105c3366004613b5f565b6114a7565b3480156105d3575f5ffd5b506102b66114c6565b3480156105e7575f5ffd5b506102b66105f6366004613a8d565b6114e1565b348015610606575f5ffd5b5061053661155b565b34801561061a575f5ffd5b506102b662093a8081565b348015610630575f5ffd5b50610536611576565b348015610644575f5ffd5b50610357610653366004613ac4565b611591565b348015610663575f5ffd5b506102b661164f565b348015610677575f5ffd5b506102b6610686366004613adb565b611669565b348015610696575f5ffd5b506102b66106a5366004613c25565b611698565b3480156106b5575f5ffd5b506102b6606481565b3480156106c9575f5ffd5b506102b66106d8366004613b19565b611902565b3480156106e8575f5ffd5b506103576106f7366004613ac4565b611a9c565b348015610707575f5ffd5b50610357610716366004613adb565b611b27565b348015610726575f5ffd5b50610282610735366004613af6565b611b38565b348015610745575f5ffd5b50610536611b6e565b348015610759575f5ffd5b506102b6610768366004613adb565b611b89565b348015610778575f5ffd5b506102b65f81565b34801561078b575f5ffd5b506107b0604051806040016040528060058152602001640352e302e360dc1b81525081565b60405161028e9190613c63565b3480156107c8575f5ffd5b506102b66107d7366004613adb565b611cb8565b3480156107e7575f5ffd5b506102b66107f6366004613ac4565b611ea2565b348015610806575f5ffd5b50610357610815366004613af6565b611eb0565b348015610825575f5ffd5b5061046b6103e881565b34801561083a575f5ffd5b50610357610849366004613c98565b611ecc565b5f6001600160e01b03198216637965db0b60e01b148061087e57506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f815f036108a557604051631f2a200560e01b815260040160405180910390fd5b336001600160a01b038416036108de5760405163d556be9360e01b81526001600160a01b03841660048201526024015b60405180910390fd5b5f6108e7612140565b90505f6108f48286612164565b905061090182828761237f565b61090e828287338861244e565b60408051868152602081018390529194506001600160a01b0387169133917f24d7bda8602b916d64417f0dbfe2e2e88ec9b1157bd9f596dfdb91ba26624e04910160405180910390a36002820154610971906001600160a01b031633308761257b565b505092915050565b6109b26040518060e001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b5f6109bb612140565b6001600160a01b038085165f818152600a840160209081526040808320948a16808452600b870183528184208585528352818420908452600c808801845282852095855294835292819020815160808101835290546001600160801b038116825264ffffffffff600160801b8204811694830194909452600160a81b81049093169181019190915263ffffffff600160d01b909204821660608201819052938501549596509394919392600160e01b9092041614610a77575f81525b5f610a81836125e2565b90506040518060e00160405280828152602001610ab283610aa188612602565b610aad896003016125e2565b612625565b815283516001600160801b0390811660208301528451600c880154604090930192610af29291821691600160601b820416906001600160601b0316612625565b8152602001836020015164ffffffffff168152602001836040015164ffffffffff1681526020016a0c097ce7bc90715b34b9f160241b610b358760060187612647565b610b3f9190613d19565b905298975050505050505050565b5f610b56612140565b80549091506001600160a01b03163314610b85576040516328b21fed60e01b81523360048201526024016108d5565b610b9a81610b938386612164565b858561271c565b505050565b5f610ba9816127ba565b610bb78260646127106127c7565b5f610bc0612140565b805460408051600160b01b90920461ffff168252602082018690529192507f2349fea6da333fc947eb02459a897d904548a597fd037cf78a43190233f77ef2910160405180910390a1805461ffff909316600160b01b0261ffff60b01b199093169290921790915550565b5f5f610c35612140565b6001600160a01b0384165f908152600a9190910160205260409020600c8101549091506001600160601b0316610c6d600383016125e2565b610c779190613d2c565b9392505050565b610cc46040518061012001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b5f610ccd612140565b6001600160a01b0384165f908152600a82016020908152604091829020825160a081018452600b82015461ffff8082168352620100008204811694830194909452640100000000810464ffffffffff1682860152600160481b810463ffffffff166060830152600160681b900460ff161515608082015284548451610120810190955294955090939092600160a01b9091049091169080610d6d856125e2565b8152602001610d7e856003016125e2565b8152602001610d8c85612602565b8152600c8501546001600160601b0381166020830152600160601b90046001600160801b0316604082015260608481015163ffffffff1690820152835160809091019061ffff168311610ddf5782610de6565b835161ffff165b8152602001836020015161ffff168152602001836040015164ffffffffff16815250945050505050919050565b5f9081525f516020613ebd5f395f51905f52602052604090206001015490565b610e3c82610e13565b610e45816127ba565b610e4f8383612803565b50505050565b5f5f610e5f612140565b6001600160a01b0386165f908152600a820160205260409020909150610ea1908590610e8d906003016125e2565b83548690600160b01b900461ffff166128a4565b95945050505050565b5f610eb3612140565b8054909150600160a01b900461ffff1680831115610eee57604051632cdfe21960e01b815260048101849052602481018290526044016108d5565b5f610ef98333612164565b6040805160a081018252600b83015461ffff8082168084526201000083049091166020840152640100000000820464ffffffffff1693830193909352600160481b810463ffffffff166060830152600160681b900460ff161515608082015291925085818111611055575f6040808501829052602085019190915261ffff8216808552600b86018054606087015160808801511515600160681b0260ff60681b1963ffffffff909216600160481b026cffffffffffffffffffffffffff1990931690941791909117169190911790555133907fa563e589a953dcc0c782dce123019730f0dec11c83e1db0cca8a7b8161cdf30e9061100d9085908b9042909283526020830191909152604082015260600190565b60405180910390a2604080518381526020810189905233917f6e500db30ce535d38852e318f333e9be41a3fec6c65d234ebb06203c896db9a5910160405180910390a26111c0565b855460408051636cf6d67560e01b815290515f926001600160a01b031691636cf6d6759160048083019260209291908290030181865afa15801561109b573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110bf9190613d3f565b6110c99042613d2c565b61ffff8316602086015290506110de816128da565b64ffffffffff1660408581018290528551600b880180546020808a01516060808c015160808d01511515600160681b0260ff60681b1963ffffffff909216600160481b026cffffffff00000000000000000019640100000000909b029a909a166cffffffffffffffffff000000001961ffff958616620100000263ffffffff199098169590991694909417959095179690961691909117969096179390931617905581518681529081018b905290810183905233917fa563e589a953dcc0c782dce123019730f0dec11c83e1db0cca8a7b8161cdf30e910160405180910390a2505b50505050505050565b6001600160a01b03811633146111f25760405163334bd91960e11b815260040160405180910390fd5b610b9a828261290f565b5f6a0c097ce7bc90715b34b9f160241b611214612140565b600401546112229190613d19565b905090565b5f611230612140565b54600160a01b900461ffff16919050565b5f61124a612140565b546001600160a01b0316919050565b5f5f611263612140565b6001600160a01b0384165f908152600a8201602052604090209091506a0c097ce7bc90715b34b9f160241b9061129d906003840190612647565b610c779190613d19565b5f5f5f6112b2612140565b90508060080154816009015492509250509091565b5f815f036112e857604051631f2a200560e01b815260040160405180910390fd5b5f6112f1612140565b90505f6112fe8286612164565b905061130d8282873388612988565b335f908152600c8401602090815260408083206001600160a01b038a168452909152812091945061133f838388612a8c565b90505f845f015f9054906101000a90046001600160a01b03166001600160a01b0316636cf6d6756040518163ffffffff1660e01b8152600401602060405180830381865afa158015611393573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906113b79190613d3f565b6113c19042613d2c565b90506113cc816128da565b835464ffffffffff91909116600160801b0264ffffffffff60801b199091161783556040805188815260208101889052908101839052606081018290526001600160a01b0389169033907f011e2a8a48c6176856fb5437f7dfb90f4f7306e41cda414c3716217bd24c91db9060800160405180910390a38454604051632f0d00dd60e21b81526001600160a01b038a811660048301529091169063bc340374906024015f604051808303815f87803b158015611486575f5ffd5b505af1158015611498573d5f5f3e3d5ffd5b50505050505050505092915050565b6114af612c1e565b6114b882612cae565b6114c28282612cb8565b5050565b5f6114cf612d74565b505f516020613e9d5f395f51905f5290565b5f5f5f6114f66114ef612140565b8686612dbd565b915091506a0c097ce7bc90715b34b9f160241b82600201546115189190613d19565b9250846001600160a01b0316846001600160a01b031603610971576002810154611551906a0c097ce7bc90715b34b9f160241b90613d19565b610ea19084613d2c565b5f611564612140565b600d01546001600160a01b0316919050565b5f61157f612140565b600101546001600160a01b0316919050565b5f61159a612140565b60018101549091506001600160a01b031633146115cc57604051632756308960e11b81523360048201526024016108d5565b5f6115d682612e08565b90506115fd6115f36a0c097ce7bc90715b34b9f160241b85613d56565b6003840190612e2d565b82826008015f8282546116109190613d2c565b909155505060405183815281907f67cad59e5958c068210b57b4b01f1660b6245332de94b4ef491e7bd7404859559060200160405180910390a2505050565b5f611658612140565b54600160b01b900461ffff16919050565b5f61087e611675612140565b6001600160a01b0384165f908152600a91909101602052604090206003016125e2565b5f815f036116b957604051631f2a200560e01b815260040160405180910390fd5b826001600160a01b0316846001600160a01b0316036116f657604051634570aef960e11b81526001600160a01b03851660048201526024016108d5565b336001600160a01b0384160361172a5760405163d556be9360e01b81526001600160a01b03841660048201526024016108d5565b5f611733612140565b90505f815f015f9054906101000a90046001600160a01b03166001600160a01b0316636cf6d6756040518163ffffffff1660e01b8152600401602060405180830381865afa158015611787573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906117ab9190613d3f565b335f908152600c8401602090815260408083206001600160a01b038b16845290915290209091506117dc9082612e49565b335f908152600c8301602090815260408083206001600160a01b0389168452909152902061180a9082612e49565b5f61182183611819858a612164565b893389612988565b90505f61182e8488612164565b905061183b84828961237f565b611848848289338a61244e565b60408051888152602081018590529081018290529095506001600160a01b0380891691908a169033907ffdac6e81913996d95abcc289e90f2d8bd235487ce6fe6f821e7d21002a1915b49060600160405180910390a48354604051632f0d00dd60e21b81526001600160a01b038a811660048301529091169063bc340374906024015f604051808303815f87803b1580156118e1575f5ffd5b505af11580156118f3573d5f5f3e3d5ffd5b50505050505050509392505050565b5f821580611911575061271083115b156119325760405163227bd05760e11b8152600481018490526024016108d5565b5f61193b612140565b80549091506001600160a01b0316331461196a576040516328b21fed60e01b81523360048201526024016108d5565b5f6119758287612164565b90506119838282888761271c565b5f611990826003016125e2565b90505f6127106119a08884613d56565b6119aa9190613d19565b905080156119c3576119c3600385810190850183612ed2565b600c8301546001600160601b03165f6127106119df8a84613d56565b6119e99190613d19565b90506119f58183613d6d565b600c860180546001600160601b0319166001600160601b0392909216919091179055611a218184613d2c565b604080518b8152602081018690529081018390529097506001600160a01b038b16907f9966fe2387915775b6595a7ed090b53809e9949aa30db32f6496476436ce87ab9060600160405180910390a28615611a8f576002860154611a8f906001600160a01b0316338961303e565b5050505050509392505050565b5f611aa6816127ba565b611ab3825f6113886127c7565b5f611abc612140565b805460408051600160a01b90920461ffff168252602082018690529192507f7c33200d56c4374852239f90138dd63bb8ff75fb4e790dd61c94faacbd57d1d2910160405180910390a1805461ffff909316600160a01b0261ffff60a01b199093169290921790915550565b6114c2611b32612140565b82612164565b5f9182525f516020613ebd5f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b5f611b77612140565b600201546001600160a01b0316919050565b5f5f611b93612140565b90505f5f611ba2838633612dbd565b91509150611baf8261306f565b93506001600160a01b0385163303611bd757611bca8161306f565b611bd49085613d2c565b93505b835f03611bf7576040516312d37ee560e31b815260040160405180910390fd5b83836009015f828254611c0a9190613d2c565b90915550506040518481526001600160a01b0386169033907fd522216d6806ed90440f20c2eb6bc70deaf0891daa7495185b7a1554dbccb8f99060200160405180910390a36001830154604051637ba6296f60e11b8152336004820152602481018690526001600160a01b039091169063f74c52de906044015f604051808303815f87803b158015611c9a575f5ffd5b505af1158015611cac573d5f5f3e3d5ffd5b50505050505050919050565b5f5f611cc2612140565b335f908152600c8201602090815260408083206001600160a01b038816845290915281208054929350916001600160801b031690819003611d165760405163098ae75d60e21b815260040160405180910390fd5b8154600160801b900464ffffffffff16421015611d5857815460405163dd9c894360e01b8152600160801b90910464ffffffffff1660048201526024016108d5565b6001600160a01b0385165f908152600a84016020526040902082546001600160801b031916808455600c82015463ffffffff600160e01b9091048116600160d01b9092041603611e3457600c8101546001600160801b03600160601b820416906001600160601b0316611dcc848383612625565b9650611dd88483613d6d565b600c840180546001600160801b0392909216600160601b02600160601b600160e01b0319909216919091179055611e0f8782613d6d565b600c840180546001600160601b0319166001600160601b039290921691909117905550505b60408051868152602081018490526001600160a01b0388169133917f7d42dab474bcfdb4a6f746b2536f45af4c2c02edf62bad49c538b4a2a766cb94910160405180910390a38415611e99576002840154611e99906001600160a01b0316338761303e565b50505050919050565b5f61087e8262093a806130b9565b611eb982610e13565b611ec2816127ba565b610e4f838361290f565b5f611ed56130c4565b805490915060ff600160401b820416159067ffffffffffffffff165f81158015611efc5750825b90505f8267ffffffffffffffff166001148015611f185750303b155b905081158015611f26575080155b15611f445760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff191660011785558315611f6e57845460ff60401b1916600160401b1785555b6001600160a01b0389161580611f8b57506001600160a01b038816155b80611f9d57506001600160a01b038716155b80611faf57506001600160a01b038616155b15611fcd5760405163d92e233d60e01b815260040160405180910390fd5b611fd56130ec565b611fdf5f8a612803565b505f611fe9612140565b80546001600160a01b0319166001600160a01b038b169081178255604080516302edc17d60e51b815290519293509091635db82fa0916004808201926020929091908290030181865afa158015612042573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906120669190613d80565b600d820180546001600160a01b03199081166001600160a01b039384161790915560018301805482168b8416179055600283018054909116918916919091179055805463ffffffff60a01b1916623e807d60a41b1781556120ca4262093a806130b9565b600691909101805467ffffffffffffffff191667ffffffffffffffff909216919091179055831561213557845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050505050565b7f2dbbb2714d3cf64f0730e456b2aecd84fe813188e5d943bcfa2650a3f34be30090565b5f5f61216f84612e08565b6001600160a01b0384165f908152600a86016020908152604091829020825160a081018452600b82015461ffff80821683526201000082041693820193909352640100000000830464ffffffffff1693810193909352600160481b820463ffffffff166060840152600160681b90910460ff161515608083015260098101549094509192509067ffffffffffffffff1682146122915761221260038601846130f4565b5f8061222460038881019087016131b5565b90925090505f8282171561225c578754845161ffff600160a01b9092048216911681116122515780612258565b845161ffff165b9150505b821561226d5761226d8684836132e0565b61227b60068701865f61333e565b50811561228d5761228d8683836132e0565b5050505b604081015164ffffffffff16158015906122b65750806040015164ffffffffff164210155b1561097157805160208201516040516001600160a01b038716927f6e500db30ce535d38852e318f333e9be41a3fec6c65d234ebb06203c896db9a59261230b9261ffff92831681529116602082015260400190565b60405180910390a26020810180515f6040840181905290915261ffff16808252600b84018054606084015160808501511515600160681b0260ff60681b1963ffffffff909216600160481b026cffffffffffffffffffffffffff199093169094179190911716919091179055505092915050565b600b820154600160681b900460ff161561239857505050565b600d83015460405163380940fb60e01b81526001600160a01b0383811660048301529091169063380940fb90602401602060405180830381865afa1580156123e2573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906124069190613d9b565b63ffffffff165f0361243657604051639c9009ff60e01b81526001600160a01b03821660048201526024016108d5565b50600b01805460ff60681b1916600160681b17905550565b5f5f61245c866003016125e2565b90505f61246887612602565b90508015801590612477575081155b156124a0576040516359bb816b60e11b81526001600160a01b03871660048201526024016108d5565b6124ab84828461341f565b9250825f036124d057604051636e3699b760e11b8152600481018590526024016108d5565b6001600160a01b038086165f908152600b8a0160209081526040808320938a1683529290522061250360068901826130f4565b61250c816125e2565b5f0361255057600b8801805460099061253190600160481b900463ffffffff16613dbe565b91906101000a81548163ffffffff021916908363ffffffff1602179055505b61255e600689018286613439565b61256f60038a8101908a0187613439565b50505095945050505050565b6040516001600160a01b038481166024830152838116604483015260648201839052610e4f9186918216906323b872dd906084015b604051602081830303815290604052915060e01b6020820180516001600160e01b03838183161783525050505061353c565b80545f9061087e906001600160701b03600160701b820481169116613d2c565b60088101545f9061087e906001600160801b03600160801b820481169116613d2c565b5f825f0361263457505f610c77565b61263f8483856135a8565b949350505050565b805460018201546002830154600385015490926001600160701b038116929167ffffffffffffffff16600160e01b90910463ffffffff1610801561269b57508354600160701b90046001600160701b031615155b15612705578354600160e01b900463ffffffff165f9081526004860160205260409020546126c98282613d6d565b6126d39084613d56565b6126dd9085613d2c565b8554909450909150819061270190600160701b90046001600160701b031684613d2c565b9250505b8454612712908290613d6d565b6115519083613d56565b5f612726846125e2565b90508082111561274e576127498461273e8385613d6d565b600388019190613439565b61276f565b8082101561276f5761276f846127648484613d6d565b600388019190612ed2565b60408051828152602081018490526001600160a01b038516917fd56c9a3c54988fcfab7c428b06c2019f7d3539a3c6a95ba7a0f6011aa7f2be27910160405180910390a25050505050565b6127c48133613658565b50565b818310806127d457508083115b15610b9a57604051630942247160e31b81526004810184905260248101839052604481018290526064016108d5565b5f5f516020613ebd5f395f51905f5261281c8484611b38565b61289b575f848152602082815260408083206001600160a01b03871684529091529020805460ff191660011790556128513390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4600191505061087e565b5f91505061087e565b5f6128af8284613d56565b6128bb61271087613d56565b10158015610ea15750826128cf8587613d2c565b101595945050505050565b5f64ffffffffff82111561290b576040516306dfcc6560e41b815260286004820152602481018390526044016108d5565b5090565b5f5f516020613ebd5f395f51905f526129288484611b38565b1561289b575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4600191505061087e565b6001600160a01b038083165f908152600b87016020908152604080832093871683529290529081206129bd60068701826130f4565b5f6129c7826125e2565b90506129e7846129d689612602565b6129e28a6003016125e2565b613691565b9250808311806129f5575082155b15612a1d5760405163658ec5dd60e11b815260048101829052602481018490526044016108d5565b612a2b600688018385612ed2565b808303612a7057600b87018054600990612a5190600160481b900463ffffffff16613de2565b91906101000a81548163ffffffff021916908363ffffffff1602179055505b612a81600389810190890186612ed2565b505095945050505050565b600c8301545f90600160601b81046001600160801b0316906001600160601b03811690600160e01b900463ffffffff1681158015612ac957508215155b15612afc575f9250612ada81613dbe565b600c880180546001600160e01b0316600160e01b63ffffffff84160217905590505b855463ffffffff828116600160d01b9092041614612b495785547fffff00000000ffffffffffffffffffff0000000000000000000000000000000016600160d01b63ffffffff8316021786555b612b5485848461341f565b9350835f03612b7957604051636e3699b760e11b8152600481018690526024016108d5565b612b8b612b868684613d2c565b6136ae565b600c880180546001600160601b0319166001600160601b0392909216919091179055612bbf612bba8585613d2c565b6136e1565b600c88018054600160601b600160e01b031916600160601b6001600160801b03938416021790558654612bf891612bba91879116613d2c565b86546001600160801b0319166001600160801b0391909116179095555090949350505050565b306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480612c8e57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316612c82613714565b6001600160a01b031614155b15612cac5760405163703e46dd60e11b815260040160405180910390fd5b565b5f6114c2816127ba565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015612d12575060408051601f3d908101601f19168201909252612d0f91810190613d3f565b60015b612d3a57604051634c9c8ce360e01b81526001600160a01b03831660048201526024016108d5565b5f516020613e9d5f395f51905f528114612d6a57604051632a87526960e21b8152600481018290526024016108d5565b610b9a8383613728565b306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614612cac5760405163703e46dd60e11b815260040160405180910390fd5b5f5f612dc98585612164565b6001600160a01b038085165f908152600b88016020908152604080832093891683529290522092509050612e0060068201836130f4565b935093915050565b5f612e164262093a806130b9565b9050612e276003830182600161333e565b50919050565b80826001015f828254612e409190613d2c565b90915550505050565b8154600160a81b900464ffffffffff168015801590612e705750612e6d8282613d2c565b42105b15612ea25780612e808382613d2c565b604051636f7db8f960e11b8152600481019290925260248201526044016108d5565b612eab426128da565b835464ffffffffff91909116600160a81b0264ffffffffff60a81b19909116179092555050565b81546001600160701b03600160701b820481169116612ef18183613d2c565b831115612f2657612f028183613d2c565b60405163f47111b360e01b81526004810191909152602481018490526044016108d5565b5f828410612f345782612f36565b835b90505f612f438286613d6d565b9050612f4f8285613d6d565b86546001600160701b0391909116600160701b02600160701b600160e01b0319909116178655612f7f8184613d6d565b86546dffffffffffffffffffffffffffff19166001600160701b0391909116178655600287018054839190601090612fc8908490600160801b90046001600160801b0316613e00565b92506101000a8154816001600160801b0302191690836001600160801b0316021790555080876002015f8282829054906101000a90046001600160801b03166130119190613e00565b92506101000a8154816001600160801b0302191690836001600160801b0316021790555050505050505050565b6040516001600160a01b03838116602483015260448201839052610b9a91859182169063a9059cbb906064016125b0565b60028101545f9061308e6a0c097ce7bc90715b34b9f160241b82613d19565b91508115612e27576130ae6a0c097ce7bc90715b34b9f160241b82613e1f565b600284015550919050565b5f610c778284613d19565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a0061087e565b612cac61377d565b8054600160701b90046001600160701b03161561314f575f5f61311784846131b5565b90925090505f6131278284613d2c565b905080156131485780846002015f8282546131429190613d2c565b90915550505b5050505050565b8054825460018301546001600160701b039092169182158061317057508082145b1561317c575050505050565b6131868183613d6d565b6131909084613d56565b846002015f8282546131a29190613d2c565b9091555050506001909201919091555050565b80545f9081906001600160701b0380821691600160701b900416811580156131db575080155b156131ed575f5f9350935050506132d9565b855460018601546003880154875467ffffffffffffffff90911690600160e01b900463ffffffff1681111561329d578754600160e01b900463ffffffff165f90815260048a0160205260409020546132458382613d6d565b61324f9087613d56565b97509150818415613280576132648587613d2c565b89546001600160e01b0319166001600160701b038216178a5595505b5087546001600160e01b0316600160e01b63ffffffff8316021788555b6132a78284613d6d565b6132b19086613d56565b955084158015906132c6575082886001015414155b156132d357600188018390555b50505050505b9250929050565b5f6127106132ee8385613d56565b6132f89190613d19565b9050801561331b5780845f016002015f8282546133159190613d2c565b90915550505b6133326133288285613d6d565b6006860190612e2d565b610e4f846006016137a2565b60038301545f9067ffffffffffffffff1680841161335f575f915050610c77565b613368856137a2565b6002850154600160801b90046001600160801b0316838061338857508015155b156133a05785545f8381526004880160205260409020555b80156133f2576002860180548291905f906133c59084906001600160801b0316613e32565b82546101009290920a6001600160801b038181021990931691831602179091556002880180549091169055505b50505060038301805467ffffffffffffffff841667ffffffffffffffff1990911617905560019392505050565b5f825f0361342e575082610c77565b61263f8484846135a8565b81545f90613458908390600160701b90046001600160701b0316613d2c565b83549091506001600160701b039061347290821683613d2c565b11156134a15760405163f47111b360e01b81526001600160701b036004820152602481018290526044016108d5565b82546001600160701b03808316600160701b02600160701b600160e01b0319831681178655600387015463ffffffff16600160e01b026001600160e01b0390911691909216171783556002840180548391906010906135129084906001600160801b03600160801b90910416613e32565b92506101000a8154816001600160801b0302191690836001600160801b0316021790555050505050565b5f5f60205f8451602086015f885af18061355b576040513d5f823e3d81fd5b50505f513d9150811561357257806001141561357f565b6001600160a01b0384163b155b15610e4f57604051635274afe760e01b81526001600160a01b03851660048201526024016108d5565b5f5f5f6135b58686613805565b91509150815f036135d9578381816135cf576135cf613cf1565b0492505050610c77565b8184116135f0576135f06003851502601118613821565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b6136628282611b38565b6114c25760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016108d5565b5f815f036136a157505f19610c77565b61263f8484846001613832565b5f6001600160601b0382111561290b576040516306dfcc6560e41b815260606004820152602481018390526044016108d5565b5f6001600160801b0382111561290b576040516306dfcc6560e41b815260806004820152602481018390526044016108d5565b5f5f516020613e9d5f395f51905f5261124a565b61373182613874565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b905f90a280511561377557610b9a82826138d7565b6114c2613940565b61378561395f565b612cac57604051631afcd79f60e31b815260040160405180910390fd5b600281015460018201546001600160801b03909116908115806137c3575080155b156137cd57505050565b6137d78282613d19565b835f015f8282546137e89190613d2c565b909155506137f890508282613e1f565b8360010181905550505050565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b5f61385f61383f83613978565b801561385a57505f848061385557613855613cf1565b868809115b151590565b61386a8686866135a8565b610ea19190613d2c565b806001600160a01b03163b5f036138a957604051634c9c8ce360e01b81526001600160a01b03821660048201526024016108d5565b5f516020613e9d5f395f51905f5280546001600160a01b0319166001600160a01b0392909216919091179055565b60605f5f846001600160a01b0316846040516138f39190613e51565b5f60405180830381855af49150503d805f811461392b576040519150601f19603f3d011682016040523d82523d5f602084013e613930565b606091505b5091509150610ea18583836139a4565b3415612cac5760405163b398979f60e01b815260040160405180910390fd5b5f6139686130c4565b54600160401b900460ff16919050565b5f600282600381111561398d5761398d613e67565b6139979190613e7b565b60ff166001149050919050565b6060826139b9576139b482613a00565b610c77565b81511580156139d057506001600160a01b0384163b155b156139f957604051639996b31560e01b81526001600160a01b03851660048201526024016108d5565b5080610c77565b805115613a0f57805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b5f60208284031215613a38575f5ffd5b81356001600160e01b031981168114610c77575f5ffd5b6001600160a01b03811681146127c4575f5ffd5b5f5f60408385031215613a74575f5ffd5b8235613a7f81613a4f565b946020939093013593505050565b5f5f60408385031215613a9e575f5ffd5b8235613aa981613a4f565b91506020830135613ab981613a4f565b809150509250929050565b5f60208284031215613ad4575f5ffd5b5035919050565b5f60208284031215613aeb575f5ffd5b8135610c7781613a4f565b5f5f60408385031215613b07575f5ffd5b823591506020830135613ab981613a4f565b5f5f5f60608486031215613b2b575f5ffd5b8335613b3681613a4f565b95602085013595506040909401359392505050565b634e487b7160e01b5f52604160045260245ffd5b5f5f60408385031215613b70575f5ffd5b8235613b7b81613a4f565b9150602083013567ffffffffffffffff811115613b96575f5ffd5b8301601f81018513613ba6575f5ffd5b803567ffffffffffffffff811115613bc057613bc0613b4b565b604051601f8201601f19908116603f0116810167ffffffffffffffff81118282101715613bef57613bef613b4b565b604052818152828201602001871015613c06575f5ffd5b816020840160208301375f602083830101528093505050509250929050565b5f5f5f60608486031215613c37575f5ffd5b8335613c4281613a4f565b92506020840135613c5281613a4f565b929592945050506040919091013590565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f5f5f5f60808587031215613cab575f5ffd5b8435613cb681613a4f565b93506020850135613cc681613a4f565b92506040850135613cd681613a4f565b91506060850135613ce681613a4f565b939692955090935050565b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b5f82613d2757613d27613cf1565b500490565b8082018082111561087e5761087e613d05565b5f60208284031215613d4f575f5ffd5b5051919050565b808202811582820484141761087e5761087e613d05565b8181038181111561087e5761087e613d05565b5f60208284031215613d90575f5ffd5b8151610c7781613a4f565b5f60208284031215613dab575f5ffd5b815163ffffffff81168114610c77575f5ffd5b5f63ffffffff821663ffffffff8103613dd957613dd9613d05565b60010192915050565b5f63ffffffff821680613df757613df7613d05565b5f190192915050565b6001600160801b03828116828216039081111561087e5761087e613d05565b5f82613e2d57613e2d613cf1565b500690565b6001600160801b03818116838216019081111561087e5761087e613d05565b5f82518060208501845e5f920191825250919050565b634e487b7160e01b5f52602160045260245ffd5b5f60ff831680613e8d57613e8d613cf1565b8060ff8416069150509291505056fe360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800a164736f6c634300081e000a
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R`\x046\x10a\x02_W_5`\xE0\x1C\x80cT;\xE71\x11a\x01?W\x80c\x8F\xB2\xE2\xC2\x11a\0\xB3W\x80c\xAD<\xB1\xCC\x11a\0xW\x80c\xAD<\xB1\xCC\x14a\x07\x80W\x80c\xAE\xFF\xAAG\x14a\x07\xBDW\x80c\xB3i\xAFq\x14a\x07\xDCW\x80c\xD5Gt\x1F\x14a\x07\xFBW\x80c\xD7\xAF\xEEG\x14a\x08\x1AW\x80c\xF8\xC8v^\x14a\x08/W__\xFD[\x80c\x8F\xB2\xE2\xC2\x14a\x06\xFCW\x80c\x91\xD1HT\x14a\x07\x1BW\x80c\x92\x9A\xC3_\x14a\x07:W\x80c\x96\xBB\x1F\xEF\x14a\x07NW\x80c\xA2\x17\xFD\xDF\x14a\x07mW__\xFD[\x80cd\x81\x8B\xD1\x11a\x01\x04W\x80cd\x81\x8B\xD1\x14a\x06XW\x80ce\xDA\x12d\x14a\x06lW\x80ck\xD8\xF8\x04\x14a\x06\x8BW\x80c|\x8C3\x94\x14a\x06\xAAW\x80c\x80\xAFo\xF6\x14a\x06\xBEW\x80c\x84]\xAE$\x14a\x06\xDDW__\xFD[\x80cT;\xE71\x14a\x05\xDCW\x80c]\xB8/\xA0\x14a\x05\xFBW\x80c]\xBD\xDAi\x14a\x06\x0FW\x80ca\xD0'\xB3\x14a\x06%W\x80cc&K\xAA\x14a\x069W__\xFD[\x80c2\x81\xA7\x8E\x11a\x01\xD6W\x80c>\x91\xAD\xCA\x11a\x01\x9BW\x80c>\x91\xAD\xCA\x14a\x05\"W\x80cA\xA2\xB8\xD6\x14a\x05NW\x80cGY\n\x0F\x14a\x05mW\x80cM\x99\xDD\x16\x14a\x05\x96W\x80cO\x1E\xF2\x86\x14a\x05\xB5W\x80cR\xD1\x90-\x14a\x05\xC8W__\xFD[\x80c2\x81\xA7\x8E\x14a\x04\x9DW\x80c5^kC\x14a\x04\xBCW\x80c6V\x8A\xBE\x14a\x04\xDBW\x80c9\x95\\\xF4\x14a\x04\xFAW\x80c>\x17\xB6\0\x14a\x05\x0EW__\xFD[\x80c\x11)\xEE7\x11a\x02'W\x80c\x11)\xEE7\x14a\x03xW\x80c\x15e\"\xA8\x14a\x03\x97W\x80c\x1B\x91\x03w\x14a\x04\"W\x80c$\x8A\x9C\xA3\x14a\x047W\x80c&-\xDE\xC3\x14a\x04VW\x80c//\xF1]\x14a\x04~W__\xFD[\x80c\x01\xFF\xC9\xA7\x14a\x02cW\x80c\x02n@+\x14a\x02\x97W\x80c\x04m3\x07\x14a\x02\xC4W\x80c\x08\xACwk\x14a\x038W\x80c\t\x95\xADL\x14a\x03YW[__\xFD[4\x80\x15a\x02nW__\xFD[Pa\x02\x82a\x02}6`\x04a:(V[a\x08NV[`@Q\x90\x15\x15\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[4\x80\x15a\x02\xA2W__\xFD[Pa\x02\xB6a\x02\xB16`\x04a:cV[a\x08\x84V[`@Q\x90\x81R` \x01a\x02\x8EV[4\x80\x15a\x02\xCFW__\xFD[Pa\x02\xE3a\x02\xDE6`\x04a:\x8DV[a\tyV[`@Qa\x02\x8E\x91\x90_`\xE0\x82\x01\x90P\x82Q\x82R` \x83\x01Q` \x83\x01R`@\x83\x01Q`@\x83\x01R``\x83\x01Q``\x83\x01R`\x80\x83\x01Q`\x80\x83\x01R`\xA0\x83\x01Q`\xA0\x83\x01R`\xC0\x83\x01Q`\xC0\x83\x01R\x92\x91PPV[4\x80\x15a\x03CW__\xFD[Pa\x03Wa\x03R6`\x04a:cV[a\x0BMV[\0[4\x80\x15a\x03dW__\xFD[Pa\x03Wa\x03s6`\x04a:\xC4V[a\x0B\x9FV[4\x80\x15a\x03\x83W__\xFD[Pa\x02\xB6a\x03\x926`\x04a:\xDBV[a\x0C+V[4\x80\x15a\x03\xA2W__\xFD[Pa\x03\xB6a\x03\xB16`\x04a:\xDBV[a\x0C~V[`@Qa\x02\x8E\x91\x90_a\x01 \x82\x01\x90P\x82Q\x82R` \x83\x01Q` \x83\x01R`@\x83\x01Q`@\x83\x01R``\x83\x01Q``\x83\x01R`\x80\x83\x01Q`\x80\x83\x01R`\xA0\x83\x01Q`\xA0\x83\x01R`\xC0\x83\x01Q`\xC0\x83\x01R`\xE0\x83\x01Q`\xE0\x83\x01Ra\x01\0\x83\x01Qa\x01\0\x83\x01R\x92\x91PPV[4\x80\x15a\x04-W__\xFD[Pa\x02\xB6a\x13\x88\x81V[4\x80\x15a\x04BW__\xFD[Pa\x02\xB6a\x04Q6`\x04a:\xC4V[a\x0E\x13V[4\x80\x15a\x04aW__\xFD[Pa\x04ka\x07\xD0\x81V[`@Qa\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\x8EV[4\x80\x15a\x04\x89W__\xFD[Pa\x03Wa\x04\x986`\x04a:\xF6V[a\x0E3V[4\x80\x15a\x04\xA8W__\xFD[Pa\x02\x82a\x04\xB76`\x04a;\x19V[a\x0EUV[4\x80\x15a\x04\xC7W__\xFD[Pa\x03Wa\x04\xD66`\x04a:\xC4V[a\x0E\xAAV[4\x80\x15a\x04\xE6W__\xFD[Pa\x03Wa\x04\xF56`\x04a:\xF6V[a\x11\xC9V[4\x80\x15a\x05\x05W__\xFD[Pa\x02\xB6a\x11\xFCV[4\x80\x15a\x05\x19W__\xFD[Pa\x02\xB6a\x12'V[4\x80\x15a\x05-W__\xFD[Pa\x056a\x12AV[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x02\x8EV[4\x80\x15a\x05YW__\xFD[Pa\x02\xB6a\x05h6`\x04a:\xDBV[a\x12YV[4\x80\x15a\x05xW__\xFD[Pa\x05\x81a\x12\xA7V[`@\x80Q\x92\x83R` \x83\x01\x91\x90\x91R\x01a\x02\x8EV[4\x80\x15a\x05\xA1W__\xFD[Pa\x02\xB6a\x05\xB06`\x04a:cV[a\x12\xC7V[a\x03Wa\x05\xC36`\x04a;_V[a\x14\xA7V[4\x80\x15a\x05\xD3W__\xFD[Pa\x02\xB6a\x14\xC6V[4\x80\x15a\x05\xE7W__\xFD[Pa\x02\xB6a\x05\xF66`\x04a:\x8DV[a\x14\xE1V[4\x80\x15a\x06\x06W__\xFD[Pa\x056a\x15[V[4\x80\x15a\x06\x1AW__\xFD[Pa\x02\xB6b\t:\x80\x81V[4\x80\x15a\x060W__\xFD[Pa\x056a\x15vV[4\x80\x15a\x06DW__\xFD[Pa\x03Wa\x06S6`\x04a:\xC4V[a\x15\x91V[4\x80\x15a\x06cW__\xFD[Pa\x02\xB6a\x16OV[4\x80\x15a\x06wW__\xFD[Pa\x02\xB6a\x06\x866`\x04a:\xDBV[a\x16iV[4\x80\x15a\x06\x96W__\xFD[Pa\x02\xB6a\x06\xA56`\x04a<%V[a\x16\x98V[4\x80\x15a\x06\xB5W__\xFD[Pa\x02\xB6`d\x81V[4\x80\x15a\x06\xC9W__\xFD[Pa\x02\xB6a\x06\xD86`\x04a;\x19V[a\x19\x02V[4\x80\x15a\x06\xE8W__\xFD[Pa\x03Wa\x06\xF76`\x04a:\xC4V[a\x1A\x9CV[4\x80\x15a\x07\x07W__\xFD[Pa\x03Wa\x07\x166`\x04a:\xDBV[a\x1B'V[4\x80\x15a\x07&W__\xFD[Pa\x02\x82a\x0756`\x04a:\xF6V[a\x1B8V[4\x80\x15a\x07EW__\xFD[Pa\x056a\x1BnV[4\x80\x15a\x07YW__\xFD[Pa\x02\xB6a\x07h6`\x04a:\xDBV[a\x1B\x89V[4\x80\x15a\x07xW__\xFD[Pa\x02\xB6_\x81V[4\x80\x15a\x07\x8BW__\xFD[Pa\x07\xB0`@Q\x80`@\x01`@R\x80`\x05\x81R` \x01d\x03R\xE3\x02\xE3`\xDC\x1B\x81RP\x81V[`@Qa\x02\x8E\x91\x90a<cV[4\x80\x15a\x07\xC8W__\xFD[Pa\x02\xB6a\x07\xD76`\x04a:\xDBV[a\x1C\xB8V[4\x80\x15a\x07\xE7W__\xFD[Pa\x02\xB6a\x07\xF66`\x04a:\xC4V[a\x1E\xA2V[4\x80\x15a\x08\x06W__\xFD[Pa\x03Wa\x08\x156`\x04a:\xF6V[a\x1E\xB0V[4\x80\x15a\x08%W__\xFD[Pa\x04ka\x03\xE8\x81V[4\x80\x15a\x08:W__\xFD[Pa\x03Wa\x08I6`\x04a<\x98V[a\x1E\xCCV[_`\x01`\x01`\xE0\x1B\x03\x19\x82\x16cye\xDB\x0B`\xE0\x1B\x14\x80a\x08~WPc\x01\xFF\xC9\xA7`\xE0\x1B`\x01`\x01`\xE0\x1B\x03\x19\x83\x16\x14[\x92\x91PPV[_\x81_\x03a\x08\xA5W`@Qc\x1F* \x05`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[3`\x01`\x01`\xA0\x1B\x03\x84\x16\x03a\x08\xDEW`@Qc\xD5V\xBE\x93`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[_a\x08\xE7a!@V[\x90P_a\x08\xF4\x82\x86a!dV[\x90Pa\t\x01\x82\x82\x87a#\x7FV[a\t\x0E\x82\x82\x873\x88a$NV[`@\x80Q\x86\x81R` \x81\x01\x83\x90R\x91\x94P`\x01`\x01`\xA0\x1B\x03\x87\x16\x913\x91\x7F$\xD7\xBD\xA8`+\x91mdA\x7F\r\xBF\xE2\xE2\xE8\x8E\xC9\xB1\x15{\xD9\xF5\x96\xDF\xDB\x91\xBA&bN\x04\x91\x01`@Q\x80\x91\x03\x90\xA3`\x02\x82\x01Ta\tq\x90`\x01`\x01`\xA0\x1B\x03\x1630\x87a%{V[PP\x92\x91PPV[a\t\xB2`@Q\x80`\xE0\x01`@R\x80_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81RP\x90V[_a\t\xBBa!@V[`\x01`\x01`\xA0\x1B\x03\x80\x85\x16_\x81\x81R`\n\x84\x01` \x90\x81R`@\x80\x83 \x94\x8A\x16\x80\x84R`\x0B\x87\x01\x83R\x81\x84 \x85\x85R\x83R\x81\x84 \x90\x84R`\x0C\x80\x88\x01\x84R\x82\x85 \x95\x85R\x94\x83R\x92\x81\x90 \x81Q`\x80\x81\x01\x83R\x90T`\x01`\x01`\x80\x1B\x03\x81\x16\x82Rd\xFF\xFF\xFF\xFF\xFF`\x01`\x80\x1B\x82\x04\x81\x16\x94\x83\x01\x94\x90\x94R`\x01`\xA8\x1B\x81\x04\x90\x93\x16\x91\x81\x01\x91\x90\x91Rc\xFF\xFF\xFF\xFF`\x01`\xD0\x1B\x90\x92\x04\x82\x16``\x82\x01\x81\x90R\x93\x85\x01T\x95\x96P\x93\x94\x91\x93\x92`\x01`\xE0\x1B\x90\x92\x04\x16\x14a\nwW_\x81R[_a\n\x81\x83a%\xE2V[\x90P`@Q\x80`\xE0\x01`@R\x80\x82\x81R` \x01a\n\xB2\x83a\n\xA1\x88a&\x02V[a\n\xAD\x89`\x03\x01a%\xE2V[a&%V[\x81R\x83Q`\x01`\x01`\x80\x1B\x03\x90\x81\x16` \x83\x01R\x84Q`\x0C\x88\x01T`@\x90\x93\x01\x92a\n\xF2\x92\x91\x82\x16\x91`\x01``\x1B\x82\x04\x16\x90`\x01`\x01``\x1B\x03\x16a&%V[\x81R` \x01\x83` \x01Qd\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x83`@\x01Qd\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01j\x0C\t|\xE7\xBC\x90q[4\xB9\xF1`$\x1Ba\x0B5\x87`\x06\x01\x87a&GV[a\x0B?\x91\x90a=\x19V[\x90R\x98\x97PPPPPPPPV[_a\x0BVa!@V[\x80T\x90\x91P`\x01`\x01`\xA0\x1B\x03\x163\x14a\x0B\x85W`@Qc(\xB2\x1F\xED`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01a\x08\xD5V[a\x0B\x9A\x81a\x0B\x93\x83\x86a!dV[\x85\x85a'\x1CV[PPPV[_a\x0B\xA9\x81a'\xBAV[a\x0B\xB7\x82`da'\x10a'\xC7V[_a\x0B\xC0a!@V[\x80T`@\x80Q`\x01`\xB0\x1B\x90\x92\x04a\xFF\xFF\x16\x82R` \x82\x01\x86\x90R\x91\x92P\x7F#I\xFE\xA6\xDA3?\xC9G\xEB\x02E\x9A\x89}\x90EH\xA5\x97\xFD\x03|\xF7\x8AC\x19\x023\xF7~\xF2\x91\x01`@Q\x80\x91\x03\x90\xA1\x80Ta\xFF\xFF\x90\x93\x16`\x01`\xB0\x1B\x02a\xFF\xFF`\xB0\x1B\x19\x90\x93\x16\x92\x90\x92\x17\x90\x91UPV[__a\x0C5a!@V[`\x01`\x01`\xA0\x1B\x03\x84\x16_\x90\x81R`\n\x91\x90\x91\x01` R`@\x90 `\x0C\x81\x01T\x90\x91P`\x01`\x01``\x1B\x03\x16a\x0Cm`\x03\x83\x01a%\xE2V[a\x0Cw\x91\x90a=,V[\x93\x92PPPV[a\x0C\xC4`@Q\x80a\x01 \x01`@R\x80_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81R` \x01_\x81RP\x90V[_a\x0C\xCDa!@V[`\x01`\x01`\xA0\x1B\x03\x84\x16_\x90\x81R`\n\x82\x01` \x90\x81R`@\x91\x82\x90 \x82Q`\xA0\x81\x01\x84R`\x0B\x82\x01Ta\xFF\xFF\x80\x82\x16\x83Rb\x01\0\0\x82\x04\x81\x16\x94\x83\x01\x94\x90\x94Rd\x01\0\0\0\0\x81\x04d\xFF\xFF\xFF\xFF\xFF\x16\x82\x86\x01R`\x01`H\x1B\x81\x04c\xFF\xFF\xFF\xFF\x16``\x83\x01R`\x01`h\x1B\x90\x04`\xFF\x16\x15\x15`\x80\x82\x01R\x84T\x84Qa\x01 \x81\x01\x90\x95R\x94\x95P\x90\x93\x90\x92`\x01`\xA0\x1B\x90\x91\x04\x90\x91\x16\x90\x80a\rm\x85a%\xE2V[\x81R` \x01a\r~\x85`\x03\x01a%\xE2V[\x81R` \x01a\r\x8C\x85a&\x02V[\x81R`\x0C\x85\x01T`\x01`\x01``\x1B\x03\x81\x16` \x83\x01R`\x01``\x1B\x90\x04`\x01`\x01`\x80\x1B\x03\x16`@\x82\x01R``\x84\x81\x01Qc\xFF\xFF\xFF\xFF\x16\x90\x82\x01R\x83Q`\x80\x90\x91\x01\x90a\xFF\xFF\x16\x83\x11a\r\xDFW\x82a\r\xE6V[\x83Qa\xFF\xFF\x16[\x81R` \x01\x83` \x01Qa\xFF\xFF\x16\x81R` \x01\x83`@\x01Qd\xFF\xFF\xFF\xFF\xFF\x16\x81RP\x94PPPPP\x91\x90PV[_\x90\x81R_Q` a>\xBD_9_Q\x90_R` R`@\x90 `\x01\x01T\x90V[a\x0E<\x82a\x0E\x13V[a\x0EE\x81a'\xBAV[a\x0EO\x83\x83a(\x03V[PPPPV[__a\x0E_a!@V[`\x01`\x01`\xA0\x1B\x03\x86\x16_\x90\x81R`\n\x82\x01` R`@\x90 \x90\x91Pa\x0E\xA1\x90\x85\x90a\x0E\x8D\x90`\x03\x01a%\xE2V[\x83T\x86\x90`\x01`\xB0\x1B\x90\x04a\xFF\xFF\x16a(\xA4V[\x95\x94PPPPPV[_a\x0E\xB3a!@V[\x80T\x90\x91P`\x01`\xA0\x1B\x90\x04a\xFF\xFF\x16\x80\x83\x11\x15a\x0E\xEEW`@Qc,\xDF\xE2\x19`\xE0\x1B\x81R`\x04\x81\x01\x84\x90R`$\x81\x01\x82\x90R`D\x01a\x08\xD5V[_a\x0E\xF9\x833a!dV[`@\x80Q`\xA0\x81\x01\x82R`\x0B\x83\x01Ta\xFF\xFF\x80\x82\x16\x80\x84Rb\x01\0\0\x83\x04\x90\x91\x16` \x84\x01Rd\x01\0\0\0\0\x82\x04d\xFF\xFF\xFF\xFF\xFF\x16\x93\x83\x01\x93\x90\x93R`\x01`H\x1B\x81\x04c\xFF\xFF\xFF\xFF\x16``\x83\x01R`\x01`h\x1B\x90\x04`\xFF\x16\x15\x15`\x80\x82\x01R\x91\x92P\x85\x81\x81\x11a\x10UW_`@\x80\x85\x01\x82\x90R` \x85\x01\x91\x90\x91Ra\xFF\xFF\x82\x16\x80\x85R`\x0B\x86\x01\x80T``\x87\x01Q`\x80\x88\x01Q\x15\x15`\x01`h\x1B\x02`\xFF`h\x1B\x19c\xFF\xFF\xFF\xFF\x90\x92\x16`\x01`H\x1B\x02l\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x90\x93\x16\x90\x94\x17\x91\x90\x91\x17\x16\x91\x90\x91\x17\x90UQ3\x90\x7F\xA5c\xE5\x89\xA9S\xDC\xC0\xC7\x82\xDC\xE1#\x01\x970\xF0\xDE\xC1\x1C\x83\xE1\xDB\x0C\xCA\x8A{\x81a\xCD\xF3\x0E\x90a\x10\r\x90\x85\x90\x8B\x90B\x90\x92\x83R` \x83\x01\x91\x90\x91R`@\x82\x01R``\x01\x90V[`@Q\x80\x91\x03\x90\xA2`@\x80Q\x83\x81R` \x81\x01\x89\x90R3\x91\x7FnP\r\xB3\x0C\xE55\xD3\x88R\xE3\x18\xF33\xE9\xBEA\xA3\xFE\xC6\xC6]#N\xBB\x06 <\x89m\xB9\xA5\x91\x01`@Q\x80\x91\x03\x90\xA2a\x11\xC0V[\x85T`@\x80Qcl\xF6\xD6u`\xE0\x1B\x81R\x90Q_\x92`\x01`\x01`\xA0\x1B\x03\x16\x91cl\xF6\xD6u\x91`\x04\x80\x83\x01\x92` \x92\x91\x90\x82\x90\x03\x01\x81\x86Z\xFA\x15\x80\x15a\x10\x9BW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x10\xBF\x91\x90a=?V[a\x10\xC9\x90Ba=,V[a\xFF\xFF\x83\x16` \x86\x01R\x90Pa\x10\xDE\x81a(\xDAV[d\xFF\xFF\xFF\xFF\xFF\x16`@\x85\x81\x01\x82\x90R\x85Q`\x0B\x88\x01\x80T` \x80\x8A\x01Q``\x80\x8C\x01Q`\x80\x8D\x01Q\x15\x15`\x01`h\x1B\x02`\xFF`h\x1B\x19c\xFF\xFF\xFF\xFF\x90\x92\x16`\x01`H\x1B\x02l\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\x19d\x01\0\0\0\0\x90\x9B\x02\x9A\x90\x9A\x16l\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\x19a\xFF\xFF\x95\x86\x16b\x01\0\0\x02c\xFF\xFF\xFF\xFF\x19\x90\x98\x16\x95\x90\x99\x16\x94\x90\x94\x17\x95\x90\x95\x17\x96\x90\x96\x16\x91\x90\x91\x17\x96\x90\x96\x17\x93\x90\x93\x16\x17\x90U\x81Q\x86\x81R\x90\x81\x01\x8B\x90R\x90\x81\x01\x83\x90R3\x91\x7F\xA5c\xE5\x89\xA9S\xDC\xC0\xC7\x82\xDC\xE1#\x01\x970\xF0\xDE\xC1\x1C\x83\xE1\xDB\x0C\xCA\x8A{\x81a\xCD\xF3\x0E\x91\x01`@Q\x80\x91\x03\x90\xA2P[PPPPPPPV[`\x01`\x01`\xA0\x1B\x03\x81\x163\x14a\x11\xF2W`@Qc3K\xD9\x19`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x0B\x9A\x82\x82a)\x0FV[_j\x0C\t|\xE7\xBC\x90q[4\xB9\xF1`$\x1Ba\x12\x14a!@V[`\x04\x01Ta\x12\"\x91\x90a=\x19V[\x90P\x90V[_a\x120a!@V[T`\x01`\xA0\x1B\x90\x04a\xFF\xFF\x16\x91\x90PV[_a\x12Ja!@V[T`\x01`\x01`\xA0\x1B\x03\x16\x91\x90PV[__a\x12ca!@V[`\x01`\x01`\xA0\x1B\x03\x84\x16_\x90\x81R`\n\x82\x01` R`@\x90 \x90\x91Pj\x0C\t|\xE7\xBC\x90q[4\xB9\xF1`$\x1B\x90a\x12\x9D\x90`\x03\x84\x01\x90a&GV[a\x0Cw\x91\x90a=\x19V[___a\x12\xB2a!@V[\x90P\x80`\x08\x01T\x81`\t\x01T\x92P\x92PP\x90\x91V[_\x81_\x03a\x12\xE8W`@Qc\x1F* \x05`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a\x12\xF1a!@V[\x90P_a\x12\xFE\x82\x86a!dV[\x90Pa\x13\r\x82\x82\x873\x88a)\x88V[3_\x90\x81R`\x0C\x84\x01` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x8A\x16\x84R\x90\x91R\x81 \x91\x94Pa\x13?\x83\x83\x88a*\x8CV[\x90P_\x84_\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16cl\xF6\xD6u`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x13\x93W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x13\xB7\x91\x90a=?V[a\x13\xC1\x90Ba=,V[\x90Pa\x13\xCC\x81a(\xDAV[\x83Td\xFF\xFF\xFF\xFF\xFF\x91\x90\x91\x16`\x01`\x80\x1B\x02d\xFF\xFF\xFF\xFF\xFF`\x80\x1B\x19\x90\x91\x16\x17\x83U`@\x80Q\x88\x81R` \x81\x01\x88\x90R\x90\x81\x01\x83\x90R``\x81\x01\x82\x90R`\x01`\x01`\xA0\x1B\x03\x89\x16\x903\x90\x7F\x01\x1E*\x8AH\xC6\x17hV\xFBT7\xF7\xDF\xB9\x0FOs\x06\xE4\x1C\xDAAL7\x16!{\xD2L\x91\xDB\x90`\x80\x01`@Q\x80\x91\x03\x90\xA3\x84T`@Qc/\r\0\xDD`\xE2\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x8A\x81\x16`\x04\x83\x01R\x90\x91\x16\x90c\xBC4\x03t\x90`$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x14\x86W__\xFD[PZ\xF1\x15\x80\x15a\x14\x98W=__>=_\xFD[PPPPPPPPP\x92\x91PPV[a\x14\xAFa,\x1EV[a\x14\xB8\x82a,\xAEV[a\x14\xC2\x82\x82a,\xB8V[PPV[_a\x14\xCFa-tV[P_Q` a>\x9D_9_Q\x90_R\x90V[___a\x14\xF6a\x14\xEFa!@V[\x86\x86a-\xBDV[\x91P\x91Pj\x0C\t|\xE7\xBC\x90q[4\xB9\xF1`$\x1B\x82`\x02\x01Ta\x15\x18\x91\x90a=\x19V[\x92P\x84`\x01`\x01`\xA0\x1B\x03\x16\x84`\x01`\x01`\xA0\x1B\x03\x16\x03a\tqW`\x02\x81\x01Ta\x15Q\x90j\x0C\t|\xE7\xBC\x90q[4\xB9\xF1`$\x1B\x90a=\x19V[a\x0E\xA1\x90\x84a=,V[_a\x15da!@V[`\r\x01T`\x01`\x01`\xA0\x1B\x03\x16\x91\x90PV[_a\x15\x7Fa!@V[`\x01\x01T`\x01`\x01`\xA0\x1B\x03\x16\x91\x90PV[_a\x15\x9Aa!@V[`\x01\x81\x01T\x90\x91P`\x01`\x01`\xA0\x1B\x03\x163\x14a\x15\xCCW`@Qc'V0\x89`\xE1\x1B\x81R3`\x04\x82\x01R`$\x01a\x08\xD5V[_a\x15\xD6\x82a.\x08V[\x90Pa\x15\xFDa\x15\xF3j\x0C\t|\xE7\xBC\x90q[4\xB9\xF1`$\x1B\x85a=VV[`\x03\x84\x01\x90a.-V[\x82\x82`\x08\x01_\x82\x82Ta\x16\x10\x91\x90a=,V[\x90\x91UPP`@Q\x83\x81R\x81\x90\x7Fg\xCA\xD5\x9EYX\xC0h!\x0BW\xB4\xB0\x1F\x16`\xB6$S2\xDE\x94\xB4\xEFI\x1E{\xD7@HYU\x90` \x01`@Q\x80\x91\x03\x90\xA2PPPV[_a\x16Xa!@V[T`\x01`\xB0\x1B\x90\x04a\xFF\xFF\x16\x91\x90PV[_a\x08~a\x16ua!@V[`\x01`\x01`\xA0\x1B\x03\x84\x16_\x90\x81R`\n\x91\x90\x91\x01` R`@\x90 `\x03\x01a%\xE2V[_\x81_\x03a\x16\xB9W`@Qc\x1F* \x05`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x82`\x01`\x01`\xA0\x1B\x03\x16\x84`\x01`\x01`\xA0\x1B\x03\x16\x03a\x16\xF6W`@QcEp\xAE\xF9`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x08\xD5V[3`\x01`\x01`\xA0\x1B\x03\x84\x16\x03a\x17*W`@Qc\xD5V\xBE\x93`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01a\x08\xD5V[_a\x173a!@V[\x90P_\x81_\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16cl\xF6\xD6u`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x17\x87W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x17\xAB\x91\x90a=?V[3_\x90\x81R`\x0C\x84\x01` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x8B\x16\x84R\x90\x91R\x90 \x90\x91Pa\x17\xDC\x90\x82a.IV[3_\x90\x81R`\x0C\x83\x01` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x89\x16\x84R\x90\x91R\x90 a\x18\n\x90\x82a.IV[_a\x18!\x83a\x18\x19\x85\x8Aa!dV[\x893\x89a)\x88V[\x90P_a\x18.\x84\x88a!dV[\x90Pa\x18;\x84\x82\x89a#\x7FV[a\x18H\x84\x82\x893\x8Aa$NV[`@\x80Q\x88\x81R` \x81\x01\x85\x90R\x90\x81\x01\x82\x90R\x90\x95P`\x01`\x01`\xA0\x1B\x03\x80\x89\x16\x91\x90\x8A\x16\x903\x90\x7F\xFD\xACn\x81\x919\x96\xD9Z\xBC\xC2\x89\xE9\x0F-\x8B\xD25H|\xE6\xFEo\x82\x1E}!\0*\x19\x15\xB4\x90``\x01`@Q\x80\x91\x03\x90\xA4\x83T`@Qc/\r\0\xDD`\xE2\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x8A\x81\x16`\x04\x83\x01R\x90\x91\x16\x90c\xBC4\x03t\x90`$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x18\xE1W__\xFD[PZ\xF1\x15\x80\x15a\x18\xF3W=__>=_\xFD[PPPPPPPP\x93\x92PPPV[_\x82\x15\x80a\x19\x11WPa'\x10\x83\x11[\x15a\x192W`@Qc\"{\xD0W`\xE1\x1B\x81R`\x04\x81\x01\x84\x90R`$\x01a\x08\xD5V[_a\x19;a!@V[\x80T\x90\x91P`\x01`\x01`\xA0\x1B\x03\x163\x14a\x19jW`@Qc(\xB2\x1F\xED`\xE0\x1B\x81R3`\x04\x82\x01R`$\x01a\x08\xD5V[_a\x19u\x82\x87a!dV[\x90Pa\x19\x83\x82\x82\x88\x87a'\x1CV[_a\x19\x90\x82`\x03\x01a%\xE2V[\x90P_a'\x10a\x19\xA0\x88\x84a=VV[a\x19\xAA\x91\x90a=\x19V[\x90P\x80\x15a\x19\xC3Wa\x19\xC3`\x03\x85\x81\x01\x90\x85\x01\x83a.\xD2V[`\x0C\x83\x01T`\x01`\x01``\x1B\x03\x16_a'\x10a\x19\xDF\x8A\x84a=VV[a\x19\xE9\x91\x90a=\x19V[\x90Pa\x19\xF5\x81\x83a=mV[`\x0C\x86\x01\x80T`\x01`\x01``\x1B\x03\x19\x16`\x01`\x01``\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90Ua\x1A!\x81\x84a=,V[`@\x80Q\x8B\x81R` \x81\x01\x86\x90R\x90\x81\x01\x83\x90R\x90\x97P`\x01`\x01`\xA0\x1B\x03\x8B\x16\x90\x7F\x99f\xFE#\x87\x91Wu\xB6YZ~\xD0\x90\xB58\t\xE9\x94\x9A\xA3\r\xB3/d\x96Gd6\xCE\x87\xAB\x90``\x01`@Q\x80\x91\x03\x90\xA2\x86\x15a\x1A\x8FW`\x02\x86\x01Ta\x1A\x8F\x90`\x01`\x01`\xA0\x1B\x03\x163\x89a0>V[PPPPPP\x93\x92PPPV[_a\x1A\xA6\x81a'\xBAV[a\x1A\xB3\x82_a\x13\x88a'\xC7V[_a\x1A\xBCa!@V[\x80T`@\x80Q`\x01`\xA0\x1B\x90\x92\x04a\xFF\xFF\x16\x82R` \x82\x01\x86\x90R\x91\x92P\x7F|3 \rV\xC47HR#\x9F\x90\x13\x8D\xD6;\xB8\xFFu\xFBNy\r\xD6\x1C\x94\xFA\xAC\xBDW\xD1\xD2\x91\x01`@Q\x80\x91\x03\x90\xA1\x80Ta\xFF\xFF\x90\x93\x16`\x01`\xA0\x1B\x02a\xFF\xFF`\xA0\x1B\x19\x90\x93\x16\x92\x90\x92\x17\x90\x91UPV[a\x14\xC2a\x1B2a!@V[\x82a!dV[_\x91\x82R_Q` a>\xBD_9_Q\x90_R` \x90\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 T`\xFF\x16\x90V[_a\x1Bwa!@V[`\x02\x01T`\x01`\x01`\xA0\x1B\x03\x16\x91\x90PV[__a\x1B\x93a!@V[\x90P__a\x1B\xA2\x83\x863a-\xBDV[\x91P\x91Pa\x1B\xAF\x82a0oV[\x93P`\x01`\x01`\xA0\x1B\x03\x85\x163\x03a\x1B\xD7Wa\x1B\xCA\x81a0oV[a\x1B\xD4\x90\x85a=,V[\x93P[\x83_\x03a\x1B\xF7W`@Qc\x12\xD3~\xE5`\xE3\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x83\x83`\t\x01_\x82\x82Ta\x1C\n\x91\x90a=,V[\x90\x91UPP`@Q\x84\x81R`\x01`\x01`\xA0\x1B\x03\x86\x16\x903\x90\x7F\xD5\"!mh\x06\xED\x90D\x0F \xC2\xEBk\xC7\r\xEA\xF0\x89\x1D\xAAt\x95\x18[z\x15T\xDB\xCC\xB8\xF9\x90` \x01`@Q\x80\x91\x03\x90\xA3`\x01\x83\x01T`@Qc{\xA6)o`\xE1\x1B\x81R3`\x04\x82\x01R`$\x81\x01\x86\x90R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x90c\xF7LR\xDE\x90`D\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x1C\x9AW__\xFD[PZ\xF1\x15\x80\x15a\x1C\xACW=__>=_\xFD[PPPPPPP\x91\x90PV[__a\x1C\xC2a!@V[3_\x90\x81R`\x0C\x82\x01` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x88\x16\x84R\x90\x91R\x81 \x80T\x92\x93P\x91`\x01`\x01`\x80\x1B\x03\x16\x90\x81\x90\x03a\x1D\x16W`@Qc\t\x8A\xE7]`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x81T`\x01`\x80\x1B\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15a\x1DXW\x81T`@Qc\xDD\x9C\x89C`\xE0\x1B\x81R`\x01`\x80\x1B\x90\x91\x04d\xFF\xFF\xFF\xFF\xFF\x16`\x04\x82\x01R`$\x01a\x08\xD5V[`\x01`\x01`\xA0\x1B\x03\x85\x16_\x90\x81R`\n\x84\x01` R`@\x90 \x82T`\x01`\x01`\x80\x1B\x03\x19\x16\x80\x84U`\x0C\x82\x01Tc\xFF\xFF\xFF\xFF`\x01`\xE0\x1B\x90\x91\x04\x81\x16`\x01`\xD0\x1B\x90\x92\x04\x16\x03a\x1E4W`\x0C\x81\x01T`\x01`\x01`\x80\x1B\x03`\x01``\x1B\x82\x04\x16\x90`\x01`\x01``\x1B\x03\x16a\x1D\xCC\x84\x83\x83a&%V[\x96Pa\x1D\xD8\x84\x83a=mV[`\x0C\x84\x01\x80T`\x01`\x01`\x80\x1B\x03\x92\x90\x92\x16`\x01``\x1B\x02`\x01``\x1B`\x01`\xE0\x1B\x03\x19\x90\x92\x16\x91\x90\x91\x17\x90Ua\x1E\x0F\x87\x82a=mV[`\x0C\x84\x01\x80T`\x01`\x01``\x1B\x03\x19\x16`\x01`\x01``\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90UPP[`@\x80Q\x86\x81R` \x81\x01\x84\x90R`\x01`\x01`\xA0\x1B\x03\x88\x16\x913\x91\x7F}B\xDA\xB4t\xBC\xFD\xB4\xA6\xF7F\xB2SoE\xAFL,\x02\xED\xF6+\xADI\xC58\xB4\xA2\xA7f\xCB\x94\x91\x01`@Q\x80\x91\x03\x90\xA3\x84\x15a\x1E\x99W`\x02\x84\x01Ta\x1E\x99\x90`\x01`\x01`\xA0\x1B\x03\x163\x87a0>V[PPPP\x91\x90PV[_a\x08~\x82b\t:\x80a0\xB9V[a\x1E\xB9\x82a\x0E\x13V[a\x1E\xC2\x81a'\xBAV[a\x0EO\x83\x83a)\x0FV[_a\x1E\xD5a0\xC4V[\x80T\x90\x91P`\xFF`\x01`@\x1B\x82\x04\x16\x15\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x81\x15\x80\x15a\x1E\xFCWP\x82[\x90P_\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x01\x14\x80\x15a\x1F\x18WP0;\x15[\x90P\x81\x15\x80\x15a\x1F&WP\x80\x15[\x15a\x1FDW`@Qc\xF9.\xE8\xA9`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x84Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16`\x01\x17\x85U\x83\x15a\x1FnW\x84T`\xFF`@\x1B\x19\x16`\x01`@\x1B\x17\x85U[`\x01`\x01`\xA0\x1B\x03\x89\x16\x15\x80a\x1F\x8BWP`\x01`\x01`\xA0\x1B\x03\x88\x16\x15[\x80a\x1F\x9DWP`\x01`\x01`\xA0\x1B\x03\x87\x16\x15[\x80a\x1F\xAFWP`\x01`\x01`\xA0\x1B\x03\x86\x16\x15[\x15a\x1F\xCDW`@Qc\xD9.#=`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x1F\xD5a0\xECV[a\x1F\xDF_\x8Aa(\x03V[P_a\x1F\xE9a!@V[\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x8B\x16\x90\x81\x17\x82U`@\x80Qc\x02\xED\xC1}`\xE5\x1B\x81R\x90Q\x92\x93P\x90\x91c]\xB8/\xA0\x91`\x04\x80\x82\x01\x92` \x92\x90\x91\x90\x82\x90\x03\x01\x81\x86Z\xFA\x15\x80\x15a BW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a f\x91\x90a=\x80V[`\r\x82\x01\x80T`\x01`\x01`\xA0\x1B\x03\x19\x90\x81\x16`\x01`\x01`\xA0\x1B\x03\x93\x84\x16\x17\x90\x91U`\x01\x83\x01\x80T\x82\x16\x8B\x84\x16\x17\x90U`\x02\x83\x01\x80T\x90\x91\x16\x91\x89\x16\x91\x90\x91\x17\x90U\x80Tc\xFF\xFF\xFF\xFF`\xA0\x1B\x19\x16b>\x80}`\xA4\x1B\x17\x81Ua \xCABb\t:\x80a0\xB9V[`\x06\x91\x90\x91\x01\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x91\x90\x91\x17\x90U\x83\x15a!5W\x84T`\xFF`@\x1B\x19\x16\x85U`@Q`\x01\x81R\x7F\xC7\xF5\x05\xB2\xF3q\xAE!u\xEEI\x13\xF4I\x9E\x1F&3\xA7\xB5\x93c!\xEE\xD1\xCD\xAE\xB6\x11Q\x81\xD2\x90` \x01`@Q\x80\x91\x03\x90\xA1[PPPPPPPPPV[\x7F-\xBB\xB2qM<\xF6O\x070\xE4V\xB2\xAE\xCD\x84\xFE\x811\x88\xE5\xD9C\xBC\xFA&P\xA3\xF3K\xE3\0\x90V[__a!o\x84a.\x08V[`\x01`\x01`\xA0\x1B\x03\x84\x16_\x90\x81R`\n\x86\x01` \x90\x81R`@\x91\x82\x90 \x82Q`\xA0\x81\x01\x84R`\x0B\x82\x01Ta\xFF\xFF\x80\x82\x16\x83Rb\x01\0\0\x82\x04\x16\x93\x82\x01\x93\x90\x93Rd\x01\0\0\0\0\x83\x04d\xFF\xFF\xFF\xFF\xFF\x16\x93\x81\x01\x93\x90\x93R`\x01`H\x1B\x82\x04c\xFF\xFF\xFF\xFF\x16``\x84\x01R`\x01`h\x1B\x90\x91\x04`\xFF\x16\x15\x15`\x80\x83\x01R`\t\x81\x01T\x90\x94P\x91\x92P\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82\x14a\"\x91Wa\"\x12`\x03\x86\x01\x84a0\xF4V[_\x80a\"$`\x03\x88\x81\x01\x90\x87\x01a1\xB5V[\x90\x92P\x90P_\x82\x82\x17\x15a\"\\W\x87T\x84Qa\xFF\xFF`\x01`\xA0\x1B\x90\x92\x04\x82\x16\x91\x16\x81\x11a\"QW\x80a\"XV[\x84Qa\xFF\xFF\x16[\x91PP[\x82\x15a\"mWa\"m\x86\x84\x83a2\xE0V[a\"{`\x06\x87\x01\x86_a3>V[P\x81\x15a\"\x8DWa\"\x8D\x86\x83\x83a2\xE0V[PPP[`@\x81\x01Qd\xFF\xFF\xFF\xFF\xFF\x16\x15\x80\x15\x90a\"\xB6WP\x80`@\x01Qd\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15[\x15a\tqW\x80Q` \x82\x01Q`@Q`\x01`\x01`\xA0\x1B\x03\x87\x16\x92\x7FnP\r\xB3\x0C\xE55\xD3\x88R\xE3\x18\xF33\xE9\xBEA\xA3\xFE\xC6\xC6]#N\xBB\x06 <\x89m\xB9\xA5\x92a#\x0B\x92a\xFF\xFF\x92\x83\x16\x81R\x91\x16` \x82\x01R`@\x01\x90V[`@Q\x80\x91\x03\x90\xA2` \x81\x01\x80Q_`@\x84\x01\x81\x90R\x90\x91Ra\xFF\xFF\x16\x80\x82R`\x0B\x84\x01\x80T``\x84\x01Q`\x80\x85\x01Q\x15\x15`\x01`h\x1B\x02`\xFF`h\x1B\x19c\xFF\xFF\xFF\xFF\x90\x92\x16`\x01`H\x1B\x02l\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x90\x93\x16\x90\x94\x17\x91\x90\x91\x17\x16\x91\x90\x91\x17\x90UPP\x92\x91PPV[`\x0B\x82\x01T`\x01`h\x1B\x90\x04`\xFF\x16\x15a#\x98WPPPV[`\r\x83\x01T`@Qc8\t@\xFB`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x83\x81\x16`\x04\x83\x01R\x90\x91\x16\x90c8\t@\xFB\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a#\xE2W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a$\x06\x91\x90a=\x9BV[c\xFF\xFF\xFF\xFF\x16_\x03a$6W`@Qc\x9C\x90\t\xFF`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\x08\xD5V[P`\x0B\x01\x80T`\xFF`h\x1B\x19\x16`\x01`h\x1B\x17\x90UPV[__a$\\\x86`\x03\x01a%\xE2V[\x90P_a$h\x87a&\x02V[\x90P\x80\x15\x80\x15\x90a$wWP\x81\x15[\x15a$\xA0W`@QcY\xBB\x81k`\xE1\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x87\x16`\x04\x82\x01R`$\x01a\x08\xD5V[a$\xAB\x84\x82\x84a4\x1FV[\x92P\x82_\x03a$\xD0W`@Qcn6\x99\xB7`\xE1\x1B\x81R`\x04\x81\x01\x85\x90R`$\x01a\x08\xD5V[`\x01`\x01`\xA0\x1B\x03\x80\x86\x16_\x90\x81R`\x0B\x8A\x01` \x90\x81R`@\x80\x83 \x93\x8A\x16\x83R\x92\x90R a%\x03`\x06\x89\x01\x82a0\xF4V[a%\x0C\x81a%\xE2V[_\x03a%PW`\x0B\x88\x01\x80T`\t\x90a%1\x90`\x01`H\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16a=\xBEV[\x91\x90a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP[a%^`\x06\x89\x01\x82\x86a49V[a%o`\x03\x8A\x81\x01\x90\x8A\x01\x87a49V[PPP\x95\x94PPPPPV[`@Q`\x01`\x01`\xA0\x1B\x03\x84\x81\x16`$\x83\x01R\x83\x81\x16`D\x83\x01R`d\x82\x01\x83\x90Ra\x0EO\x91\x86\x91\x82\x16\x90c#\xB8r\xDD\x90`\x84\x01[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x91P`\xE0\x1B` \x82\x01\x80Q`\x01`\x01`\xE0\x1B\x03\x83\x81\x83\x16\x17\x83RPPPPa5<V[\x80T_\x90a\x08~\x90`\x01`\x01`p\x1B\x03`\x01`p\x1B\x82\x04\x81\x16\x91\x16a=,V[`\x08\x81\x01T_\x90a\x08~\x90`\x01`\x01`\x80\x1B\x03`\x01`\x80\x1B\x82\x04\x81\x16\x91\x16a=,V[_\x82_\x03a&4WP_a\x0CwV[a&?\x84\x83\x85a5\xA8V[\x94\x93PPPPV[\x80T`\x01\x82\x01T`\x02\x83\x01T`\x03\x85\x01T\x90\x92`\x01`\x01`p\x1B\x03\x81\x16\x92\x91g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x01`\xE0\x1B\x90\x91\x04c\xFF\xFF\xFF\xFF\x16\x10\x80\x15a&\x9BWP\x83T`\x01`p\x1B\x90\x04`\x01`\x01`p\x1B\x03\x16\x15\x15[\x15a'\x05W\x83T`\x01`\xE0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16_\x90\x81R`\x04\x86\x01` R`@\x90 Ta&\xC9\x82\x82a=mV[a&\xD3\x90\x84a=VV[a&\xDD\x90\x85a=,V[\x85T\x90\x94P\x90\x91P\x81\x90a'\x01\x90`\x01`p\x1B\x90\x04`\x01`\x01`p\x1B\x03\x16\x84a=,V[\x92PP[\x84Ta'\x12\x90\x82\x90a=mV[a\x15Q\x90\x83a=VV[_a'&\x84a%\xE2V[\x90P\x80\x82\x11\x15a'NWa'I\x84a'>\x83\x85a=mV[`\x03\x88\x01\x91\x90a49V[a'oV[\x80\x82\x10\x15a'oWa'o\x84a'd\x84\x84a=mV[`\x03\x88\x01\x91\x90a.\xD2V[`@\x80Q\x82\x81R` \x81\x01\x84\x90R`\x01`\x01`\xA0\x1B\x03\x85\x16\x91\x7F\xD5l\x9A<T\x98\x8F\xCF\xAB|B\x8B\x06\xC2\x01\x9F}59\xA3\xC6\xA9[\xA7\xA0\xF6\x01\x1A\xA7\xF2\xBE'\x91\x01`@Q\x80\x91\x03\x90\xA2PPPPPV[a'\xC4\x813a6XV[PV[\x81\x83\x10\x80a'\xD4WP\x80\x83\x11[\x15a\x0B\x9AW`@Qc\tB$q`\xE3\x1B\x81R`\x04\x81\x01\x84\x90R`$\x81\x01\x83\x90R`D\x81\x01\x82\x90R`d\x01a\x08\xD5V[__Q` a>\xBD_9_Q\x90_Ra(\x1C\x84\x84a\x1B8V[a(\x9BW_\x84\x81R` \x82\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x87\x16\x84R\x90\x91R\x90 \x80T`\xFF\x19\x16`\x01\x17\x90Ua(Q3\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x83`\x01`\x01`\xA0\x1B\x03\x16\x85\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r`@Q`@Q\x80\x91\x03\x90\xA4`\x01\x91PPa\x08~V[_\x91PPa\x08~V[_a(\xAF\x82\x84a=VV[a(\xBBa'\x10\x87a=VV[\x10\x15\x80\x15a\x0E\xA1WP\x82a(\xCF\x85\x87a=,V[\x10\x15\x95\x94PPPPPV[_d\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a)\x0BW`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`(`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x08\xD5V[P\x90V[__Q` a>\xBD_9_Q\x90_Ra)(\x84\x84a\x1B8V[\x15a(\x9BW_\x84\x81R` \x82\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x87\x16\x80\x85R\x92R\x80\x83 \x80T`\xFF\x19\x16\x90UQ3\x92\x87\x91\x7F\xF69\x1F\\2\xD9\xC6\x9D*G\xEAg\x0BD)t\xB595\xD1\xED\xC7\xFDd\xEB!\xE0G\xA89\x17\x1B\x91\x90\xA4`\x01\x91PPa\x08~V[`\x01`\x01`\xA0\x1B\x03\x80\x83\x16_\x90\x81R`\x0B\x87\x01` \x90\x81R`@\x80\x83 \x93\x87\x16\x83R\x92\x90R\x90\x81 a)\xBD`\x06\x87\x01\x82a0\xF4V[_a)\xC7\x82a%\xE2V[\x90Pa)\xE7\x84a)\xD6\x89a&\x02V[a)\xE2\x8A`\x03\x01a%\xE2V[a6\x91V[\x92P\x80\x83\x11\x80a)\xF5WP\x82\x15[\x15a*\x1DW`@Qce\x8E\xC5\xDD`\xE1\x1B\x81R`\x04\x81\x01\x82\x90R`$\x81\x01\x84\x90R`D\x01a\x08\xD5V[a*+`\x06\x88\x01\x83\x85a.\xD2V[\x80\x83\x03a*pW`\x0B\x87\x01\x80T`\t\x90a*Q\x90`\x01`H\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16a=\xE2V[\x91\x90a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP[a*\x81`\x03\x89\x81\x01\x90\x89\x01\x86a.\xD2V[PP\x95\x94PPPPPV[`\x0C\x83\x01T_\x90`\x01``\x1B\x81\x04`\x01`\x01`\x80\x1B\x03\x16\x90`\x01`\x01``\x1B\x03\x81\x16\x90`\x01`\xE0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x81\x15\x80\x15a*\xC9WP\x82\x15\x15[\x15a*\xFCW_\x92Pa*\xDA\x81a=\xBEV[`\x0C\x88\x01\x80T`\x01`\x01`\xE0\x1B\x03\x16`\x01`\xE0\x1Bc\xFF\xFF\xFF\xFF\x84\x16\x02\x17\x90U\x90P[\x85Tc\xFF\xFF\xFF\xFF\x82\x81\x16`\x01`\xD0\x1B\x90\x92\x04\x16\x14a+IW\x85T\x7F\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x01`\xD0\x1Bc\xFF\xFF\xFF\xFF\x83\x16\x02\x17\x86U[a+T\x85\x84\x84a4\x1FV[\x93P\x83_\x03a+yW`@Qcn6\x99\xB7`\xE1\x1B\x81R`\x04\x81\x01\x86\x90R`$\x01a\x08\xD5V[a+\x8Ba+\x86\x86\x84a=,V[a6\xAEV[`\x0C\x88\x01\x80T`\x01`\x01``\x1B\x03\x19\x16`\x01`\x01``\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90Ua+\xBFa+\xBA\x85\x85a=,V[a6\xE1V[`\x0C\x88\x01\x80T`\x01``\x1B`\x01`\xE0\x1B\x03\x19\x16`\x01``\x1B`\x01`\x01`\x80\x1B\x03\x93\x84\x16\x02\x17\x90U\x86Ta+\xF8\x91a+\xBA\x91\x87\x91\x16a=,V[\x86T`\x01`\x01`\x80\x1B\x03\x19\x16`\x01`\x01`\x80\x1B\x03\x91\x90\x91\x16\x17\x90\x95UP\x90\x94\x93PPPPV[0`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14\x80a,\x8EWP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16a,\x82a7\x14V[`\x01`\x01`\xA0\x1B\x03\x16\x14\x15[\x15a,\xACW`@Qcp>F\xDD`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[V[_a\x14\xC2\x81a'\xBAV[\x81`\x01`\x01`\xA0\x1B\x03\x16cR\xD1\x90-`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x92PPP\x80\x15a-\x12WP`@\x80Q`\x1F=\x90\x81\x01`\x1F\x19\x16\x82\x01\x90\x92Ra-\x0F\x91\x81\x01\x90a=?V[`\x01[a-:W`@QcL\x9C\x8C\xE3`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16`\x04\x82\x01R`$\x01a\x08\xD5V[_Q` a>\x9D_9_Q\x90_R\x81\x14a-jW`@Qc*\x87Ri`\xE2\x1B\x81R`\x04\x81\x01\x82\x90R`$\x01a\x08\xD5V[a\x0B\x9A\x83\x83a7(V[0`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14a,\xACW`@Qcp>F\xDD`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[__a-\xC9\x85\x85a!dV[`\x01`\x01`\xA0\x1B\x03\x80\x85\x16_\x90\x81R`\x0B\x88\x01` \x90\x81R`@\x80\x83 \x93\x89\x16\x83R\x92\x90R \x92P\x90Pa.\0`\x06\x82\x01\x83a0\xF4V[\x93P\x93\x91PPV[_a.\x16Bb\t:\x80a0\xB9V[\x90Pa.'`\x03\x83\x01\x82`\x01a3>V[P\x91\x90PV[\x80\x82`\x01\x01_\x82\x82Ta.@\x91\x90a=,V[\x90\x91UPPPPV[\x81T`\x01`\xA8\x1B\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16\x80\x15\x80\x15\x90a.pWPa.m\x82\x82a=,V[B\x10[\x15a.\xA2W\x80a.\x80\x83\x82a=,V[`@Qco}\xB8\xF9`\xE1\x1B\x81R`\x04\x81\x01\x92\x90\x92R`$\x82\x01R`D\x01a\x08\xD5V[a.\xABBa(\xDAV[\x83Td\xFF\xFF\xFF\xFF\xFF\x91\x90\x91\x16`\x01`\xA8\x1B\x02d\xFF\xFF\xFF\xFF\xFF`\xA8\x1B\x19\x90\x91\x16\x17\x90\x92UPPV[\x81T`\x01`\x01`p\x1B\x03`\x01`p\x1B\x82\x04\x81\x16\x91\x16a.\xF1\x81\x83a=,V[\x83\x11\x15a/&Wa/\x02\x81\x83a=,V[`@Qc\xF4q\x11\xB3`\xE0\x1B\x81R`\x04\x81\x01\x91\x90\x91R`$\x81\x01\x84\x90R`D\x01a\x08\xD5V[_\x82\x84\x10a/4W\x82a/6V[\x83[\x90P_a/C\x82\x86a=mV[\x90Pa/O\x82\x85a=mV[\x86T`\x01`\x01`p\x1B\x03\x91\x90\x91\x16`\x01`p\x1B\x02`\x01`p\x1B`\x01`\xE0\x1B\x03\x19\x90\x91\x16\x17\x86Ua/\x7F\x81\x84a=mV[\x86Tm\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x16`\x01`\x01`p\x1B\x03\x91\x90\x91\x16\x17\x86U`\x02\x87\x01\x80T\x83\x91\x90`\x10\x90a/\xC8\x90\x84\x90`\x01`\x80\x1B\x90\x04`\x01`\x01`\x80\x1B\x03\x16a>\0V[\x92Pa\x01\0\n\x81T\x81`\x01`\x01`\x80\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`\x80\x1B\x03\x16\x02\x17\x90UP\x80\x87`\x02\x01_\x82\x82\x82\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\x80\x1B\x03\x16a0\x11\x91\x90a>\0V[\x92Pa\x01\0\n\x81T\x81`\x01`\x01`\x80\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`\x80\x1B\x03\x16\x02\x17\x90UPPPPPPPPV[`@Q`\x01`\x01`\xA0\x1B\x03\x83\x81\x16`$\x83\x01R`D\x82\x01\x83\x90Ra\x0B\x9A\x91\x85\x91\x82\x16\x90c\xA9\x05\x9C\xBB\x90`d\x01a%\xB0V[`\x02\x81\x01T_\x90a0\x8Ej\x0C\t|\xE7\xBC\x90q[4\xB9\xF1`$\x1B\x82a=\x19V[\x91P\x81\x15a.'Wa0\xAEj\x0C\t|\xE7\xBC\x90q[4\xB9\xF1`$\x1B\x82a>\x1FV[`\x02\x84\x01UP\x91\x90PV[_a\x0Cw\x82\x84a=\x19V[_\x80\x7F\xF0\xC5~\x16\x84\r\xF0@\xF1P\x88\xDC/\x81\xFE9\x1C9#\xBE\xC7>#\xA9f.\xFC\x9C\"\x9Cj\0a\x08~V[a,\xACa7}V[\x80T`\x01`p\x1B\x90\x04`\x01`\x01`p\x1B\x03\x16\x15a1OW__a1\x17\x84\x84a1\xB5V[\x90\x92P\x90P_a1'\x82\x84a=,V[\x90P\x80\x15a1HW\x80\x84`\x02\x01_\x82\x82Ta1B\x91\x90a=,V[\x90\x91UPP[PPPPPV[\x80T\x82T`\x01\x83\x01T`\x01`\x01`p\x1B\x03\x90\x92\x16\x91\x82\x15\x80a1pWP\x80\x82\x14[\x15a1|WPPPPPV[a1\x86\x81\x83a=mV[a1\x90\x90\x84a=VV[\x84`\x02\x01_\x82\x82Ta1\xA2\x91\x90a=,V[\x90\x91UPPP`\x01\x90\x92\x01\x91\x90\x91UPPV[\x80T_\x90\x81\x90`\x01`\x01`p\x1B\x03\x80\x82\x16\x91`\x01`p\x1B\x90\x04\x16\x81\x15\x80\x15a1\xDBWP\x80\x15[\x15a1\xEDW__\x93P\x93PPPa2\xD9V[\x85T`\x01\x86\x01T`\x03\x88\x01T\x87Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x90`\x01`\xE0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x81\x11\x15a2\x9DW\x87T`\x01`\xE0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16_\x90\x81R`\x04\x8A\x01` R`@\x90 Ta2E\x83\x82a=mV[a2O\x90\x87a=VV[\x97P\x91P\x81\x84\x15a2\x80Wa2d\x85\x87a=,V[\x89T`\x01`\x01`\xE0\x1B\x03\x19\x16`\x01`\x01`p\x1B\x03\x82\x16\x17\x8AU\x95P[P\x87T`\x01`\x01`\xE0\x1B\x03\x16`\x01`\xE0\x1Bc\xFF\xFF\xFF\xFF\x83\x16\x02\x17\x88U[a2\xA7\x82\x84a=mV[a2\xB1\x90\x86a=VV[\x95P\x84\x15\x80\x15\x90a2\xC6WP\x82\x88`\x01\x01T\x14\x15[\x15a2\xD3W`\x01\x88\x01\x83\x90U[PPPPP[\x92P\x92\x90PV[_a'\x10a2\xEE\x83\x85a=VV[a2\xF8\x91\x90a=\x19V[\x90P\x80\x15a3\x1BW\x80\x84_\x01`\x02\x01_\x82\x82Ta3\x15\x91\x90a=,V[\x90\x91UPP[a32a3(\x82\x85a=mV[`\x06\x86\x01\x90a.-V[a\x0EO\x84`\x06\x01a7\xA2V[`\x03\x83\x01T_\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x84\x11a3_W_\x91PPa\x0CwV[a3h\x85a7\xA2V[`\x02\x85\x01T`\x01`\x80\x1B\x90\x04`\x01`\x01`\x80\x1B\x03\x16\x83\x80a3\x88WP\x80\x15\x15[\x15a3\xA0W\x85T_\x83\x81R`\x04\x88\x01` R`@\x90 U[\x80\x15a3\xF2W`\x02\x86\x01\x80T\x82\x91\x90_\x90a3\xC5\x90\x84\x90`\x01`\x01`\x80\x1B\x03\x16a>2V[\x82Ta\x01\0\x92\x90\x92\n`\x01`\x01`\x80\x1B\x03\x81\x81\x02\x19\x90\x93\x16\x91\x83\x16\x02\x17\x90\x91U`\x02\x88\x01\x80T\x90\x91\x16\x90UP[PPP`\x03\x83\x01\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x90\x91\x16\x17\x90U`\x01\x93\x92PPPV[_\x82_\x03a4.WP\x82a\x0CwV[a&?\x84\x84\x84a5\xA8V[\x81T_\x90a4X\x90\x83\x90`\x01`p\x1B\x90\x04`\x01`\x01`p\x1B\x03\x16a=,V[\x83T\x90\x91P`\x01`\x01`p\x1B\x03\x90a4r\x90\x82\x16\x83a=,V[\x11\x15a4\xA1W`@Qc\xF4q\x11\xB3`\xE0\x1B\x81R`\x01`\x01`p\x1B\x03`\x04\x82\x01R`$\x81\x01\x82\x90R`D\x01a\x08\xD5V[\x82T`\x01`\x01`p\x1B\x03\x80\x83\x16`\x01`p\x1B\x02`\x01`p\x1B`\x01`\xE0\x1B\x03\x19\x83\x16\x81\x17\x86U`\x03\x87\x01Tc\xFF\xFF\xFF\xFF\x16`\x01`\xE0\x1B\x02`\x01`\x01`\xE0\x1B\x03\x90\x91\x16\x91\x90\x92\x16\x17\x17\x83U`\x02\x84\x01\x80T\x83\x91\x90`\x10\x90a5\x12\x90\x84\x90`\x01`\x01`\x80\x1B\x03`\x01`\x80\x1B\x90\x91\x04\x16a>2V[\x92Pa\x01\0\n\x81T\x81`\x01`\x01`\x80\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`\x80\x1B\x03\x16\x02\x17\x90UPPPPPV[__` _\x84Q` \x86\x01_\x88Z\xF1\x80a5[W`@Q=_\x82>=\x81\xFD[PP_Q=\x91P\x81\x15a5rW\x80`\x01\x14\x15a5\x7FV[`\x01`\x01`\xA0\x1B\x03\x84\x16;\x15[\x15a\x0EOW`@QcRt\xAF\xE7`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x08\xD5V[___a5\xB5\x86\x86a8\x05V[\x91P\x91P\x81_\x03a5\xD9W\x83\x81\x81a5\xCFWa5\xCFa<\xF1V[\x04\x92PPPa\x0CwV[\x81\x84\x11a5\xF0Wa5\xF0`\x03\x85\x15\x02`\x11\x18a8!V[_\x84\x86\x88\t_\x86\x81\x03\x87\x16\x96\x87\x90\x04\x96`\x02`\x03\x89\x02\x81\x18\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x90\x91\x03\x02\x91\x81\x90\x03\x81\x90\x04`\x01\x01\x85\x84\x11\x90\x96\x03\x95\x90\x95\x02\x91\x90\x93\x03\x93\x90\x93\x04\x92\x90\x92\x17\x02\x91PP\x93\x92PPPV[a6b\x82\x82a\x1B8V[a\x14\xC2W`@Qc\xE2Q}?`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x08\xD5V[_\x81_\x03a6\xA1WP_\x19a\x0CwV[a&?\x84\x84\x84`\x01a82V[_`\x01`\x01``\x1B\x03\x82\x11\x15a)\x0BW`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R```\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x08\xD5V[_`\x01`\x01`\x80\x1B\x03\x82\x11\x15a)\x0BW`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\x80`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x08\xD5V[__Q` a>\x9D_9_Q\x90_Ra\x12JV[a71\x82a8tV[`@Q`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x7F\xBC|\xD7Z \xEE'\xFD\x9A\xDE\xBA\xB3 A\xF7U!M\xBCk\xFF\xA9\x0C\xC0\"[9\xDA.\\-;\x90_\x90\xA2\x80Q\x15a7uWa\x0B\x9A\x82\x82a8\xD7V[a\x14\xC2a9@V[a7\x85a9_V[a,\xACW`@Qc\x1A\xFC\xD7\x9F`\xE3\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x02\x81\x01T`\x01\x82\x01T`\x01`\x01`\x80\x1B\x03\x90\x91\x16\x90\x81\x15\x80a7\xC3WP\x80\x15[\x15a7\xCDWPPPV[a7\xD7\x82\x82a=\x19V[\x83_\x01_\x82\x82Ta7\xE8\x91\x90a=,V[\x90\x91UPa7\xF8\x90P\x82\x82a>\x1FV[\x83`\x01\x01\x81\x90UPPPPV[_\x80_\x19\x83\x85\t\x93\x90\x92\x02\x80\x84\x10\x93\x81\x90\x03\x93\x90\x93\x03\x93\x91PPV[cNH{q_R\x80` R`$`\x1C\xFD[_a8_a8?\x83a9xV[\x80\x15a8ZWP_\x84\x80a8UWa8Ua<\xF1V[\x86\x88\t\x11[\x15\x15\x90V[a8j\x86\x86\x86a5\xA8V[a\x0E\xA1\x91\x90a=,V[\x80`\x01`\x01`\xA0\x1B\x03\x16;_\x03a8\xA9W`@QcL\x9C\x8C\xE3`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x01a\x08\xD5V[_Q` a>\x9D_9_Q\x90_R\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x17\x90UV[``__\x84`\x01`\x01`\xA0\x1B\x03\x16\x84`@Qa8\xF3\x91\x90a>QV[_`@Q\x80\x83\x03\x81\x85Z\xF4\x91PP=\x80_\x81\x14a9+W`@Q\x91P`\x1F\x19`?=\x01\x16\x82\x01`@R=\x82R=_` \x84\x01>a90V[``\x91P[P\x91P\x91Pa\x0E\xA1\x85\x83\x83a9\xA4V[4\x15a,\xACW`@Qc\xB3\x98\x97\x9F`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a9ha0\xC4V[T`\x01`@\x1B\x90\x04`\xFF\x16\x91\x90PV[_`\x02\x82`\x03\x81\x11\x15a9\x8DWa9\x8Da>gV[a9\x97\x91\x90a>{V[`\xFF\x16`\x01\x14\x90P\x91\x90PV[``\x82a9\xB9Wa9\xB4\x82a:\0V[a\x0CwV[\x81Q\x15\x80\x15a9\xD0WP`\x01`\x01`\xA0\x1B\x03\x84\x16;\x15[\x15a9\xF9W`@Qc\x99\x96\xB3\x15`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x08\xD5V[P\x80a\x0CwV[\x80Q\x15a:\x0FW\x80Q` \x82\x01\xFD[`@Qc\xD6\xBD\xA2u`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_` \x82\x84\x03\x12\x15a:8W__\xFD[\x815`\x01`\x01`\xE0\x1B\x03\x19\x81\x16\x81\x14a\x0CwW__\xFD[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a'\xC4W__\xFD[__`@\x83\x85\x03\x12\x15a:tW__\xFD[\x825a:\x7F\x81a:OV[\x94` \x93\x90\x93\x015\x93PPPV[__`@\x83\x85\x03\x12\x15a:\x9EW__\xFD[\x825a:\xA9\x81a:OV[\x91P` \x83\x015a:\xB9\x81a:OV[\x80\x91PP\x92P\x92\x90PV[_` \x82\x84\x03\x12\x15a:\xD4W__\xFD[P5\x91\x90PV[_` \x82\x84\x03\x12\x15a:\xEBW__\xFD[\x815a\x0Cw\x81a:OV[__`@\x83\x85\x03\x12\x15a;\x07W__\xFD[\x825\x91P` \x83\x015a:\xB9\x81a:OV[___``\x84\x86\x03\x12\x15a;+W__\xFD[\x835a;6\x81a:OV[\x95` \x85\x015\x95P`@\x90\x94\x015\x93\x92PPPV[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[__`@\x83\x85\x03\x12\x15a;pW__\xFD[\x825a;{\x81a:OV[\x91P` \x83\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a;\x96W__\xFD[\x83\x01`\x1F\x81\x01\x85\x13a;\xA6W__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a;\xC0Wa;\xC0a;KV[`@Q`\x1F\x82\x01`\x1F\x19\x90\x81\x16`?\x01\x16\x81\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x82\x82\x10\x17\x15a;\xEFWa;\xEFa;KV[`@R\x81\x81R\x82\x82\x01` \x01\x87\x10\x15a<\x06W__\xFD[\x81` \x84\x01` \x83\x017_` \x83\x83\x01\x01R\x80\x93PPPP\x92P\x92\x90PV[___``\x84\x86\x03\x12\x15a<7W__\xFD[\x835a<B\x81a:OV[\x92P` \x84\x015a<R\x81a:OV[\x92\x95\x92\x94PPP`@\x91\x90\x91\x015\x90V[` \x81R_\x82Q\x80` \x84\x01R\x80` \x85\x01`@\x85\x01^_`@\x82\x85\x01\x01R`@`\x1F\x19`\x1F\x83\x01\x16\x84\x01\x01\x91PP\x92\x91PPV[____`\x80\x85\x87\x03\x12\x15a<\xABW__\xFD[\x845a<\xB6\x81a:OV[\x93P` \x85\x015a<\xC6\x81a:OV[\x92P`@\x85\x015a<\xD6\x81a:OV[\x91P``\x85\x015a<\xE6\x81a:OV[\x93\x96\x92\x95P\x90\x93PPV[cNH{q`\xE0\x1B_R`\x12`\x04R`$_\xFD[cNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[_\x82a='Wa='a<\xF1V[P\x04\x90V[\x80\x82\x01\x80\x82\x11\x15a\x08~Wa\x08~a=\x05V[_` \x82\x84\x03\x12\x15a=OW__\xFD[PQ\x91\x90PV[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\x08~Wa\x08~a=\x05V[\x81\x81\x03\x81\x81\x11\x15a\x08~Wa\x08~a=\x05V[_` \x82\x84\x03\x12\x15a=\x90W__\xFD[\x81Qa\x0Cw\x81a:OV[_` \x82\x84\x03\x12\x15a=\xABW__\xFD[\x81Qc\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x0CwW__\xFD[_c\xFF\xFF\xFF\xFF\x82\x16c\xFF\xFF\xFF\xFF\x81\x03a=\xD9Wa=\xD9a=\x05V[`\x01\x01\x92\x91PPV[_c\xFF\xFF\xFF\xFF\x82\x16\x80a=\xF7Wa=\xF7a=\x05V[_\x19\x01\x92\x91PPV[`\x01`\x01`\x80\x1B\x03\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x08~Wa\x08~a=\x05V[_\x82a>-Wa>-a<\xF1V[P\x06\x90V[`\x01`\x01`\x80\x1B\x03\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x08~Wa\x08~a=\x05V[_\x82Q\x80` \x85\x01\x84^_\x92\x01\x91\x82RP\x91\x90PV[cNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[_`\xFF\x83\x16\x80a>\x8DWa>\x8Da<\xF1V[\x80`\xFF\x84\x16\x06\x91PP\x92\x91PPV\xFE6\x08\x94\xA1;\xA1\xA3!\x06g\xC8(I-\xB9\x8D\xCA> v\xCC75\xA9 \xA3\xCAP]8+\xBC\x02\xDD{\xC7\xDE\xC4\xDC\xEE\xDD\xA7u\xE5\x8D\xD5A\xE0\x8A\x11llS\x81\\\x0B\xD0(\x19/{bh\0\xA1dsolcC\0\x08\x1E\0\n",
    );
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AccessControlBadConfirmation()` and selector `0x6697b232`.
```solidity
error AccessControlBadConfirmation();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AccessControlBadConfirmation;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AccessControlBadConfirmation>
        for UnderlyingRustTuple<'_> {
            fn from(value: AccessControlBadConfirmation) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for AccessControlBadConfirmation {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AccessControlBadConfirmation {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AccessControlBadConfirmation()";
            const SELECTOR: [u8; 4] = [102u8, 151u8, 178u8, 50u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AccessControlUnauthorizedAccount(address,bytes32)` and selector `0xe2517d3f`.
```solidity
error AccessControlUnauthorizedAccount(address account, bytes32 neededRole);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AccessControlUnauthorizedAccount {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub neededRole: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::FixedBytes<32>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            alloy::sol_types::private::FixedBytes<32>,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AccessControlUnauthorizedAccount>
        for UnderlyingRustTuple<'_> {
            fn from(value: AccessControlUnauthorizedAccount) -> Self {
                (value.account, value.neededRole)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for AccessControlUnauthorizedAccount {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    account: tuple.0,
                    neededRole: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AccessControlUnauthorizedAccount {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AccessControlUnauthorizedAccount(address,bytes32)";
            const SELECTOR: [u8; 4] = [226u8, 81u8, 125u8, 63u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.neededRole),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AddressEmptyCode(address)` and selector `0x9996b315`.
```solidity
error AddressEmptyCode(address target);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AddressEmptyCode {
        #[allow(missing_docs)]
        pub target: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AddressEmptyCode> for UnderlyingRustTuple<'_> {
            fn from(value: AddressEmptyCode) -> Self {
                (value.target,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AddressEmptyCode {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { target: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AddressEmptyCode {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AddressEmptyCode(address)";
            const SELECTOR: [u8; 4] = [153u8, 150u8, 179u8, 21u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.target,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `CommissionTooHigh(uint256,uint256)` and selector `0x2cdfe219`.
```solidity
error CommissionTooHigh(uint256 bps, uint256 maxBps);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct CommissionTooHigh {
        #[allow(missing_docs)]
        pub bps: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub maxBps: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<CommissionTooHigh> for UnderlyingRustTuple<'_> {
            fn from(value: CommissionTooHigh) -> Self {
                (value.bps, value.maxBps)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for CommissionTooHigh {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    bps: tuple.0,
                    maxBps: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for CommissionTooHigh {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "CommissionTooHigh(uint256,uint256)";
            const SELECTOR: [u8; 4] = [44u8, 223u8, 226u8, 25u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.bps),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.maxBps),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ERC1967InvalidImplementation(address)` and selector `0x4c9c8ce3`.
```solidity
error ERC1967InvalidImplementation(address implementation);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ERC1967InvalidImplementation {
        #[allow(missing_docs)]
        pub implementation: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ERC1967InvalidImplementation>
        for UnderlyingRustTuple<'_> {
            fn from(value: ERC1967InvalidImplementation) -> Self {
                (value.implementation,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ERC1967InvalidImplementation {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { implementation: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ERC1967InvalidImplementation {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ERC1967InvalidImplementation(address)";
            const SELECTOR: [u8; 4] = [76u8, 156u8, 140u8, 227u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.implementation,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ERC1967NonPayable()` and selector `0xb398979f`.
```solidity
error ERC1967NonPayable();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ERC1967NonPayable;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ERC1967NonPayable> for UnderlyingRustTuple<'_> {
            fn from(value: ERC1967NonPayable) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ERC1967NonPayable {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ERC1967NonPayable {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ERC1967NonPayable()";
            const SELECTOR: [u8; 4] = [179u8, 152u8, 151u8, 159u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `FailedCall()` and selector `0xd6bda275`.
```solidity
error FailedCall();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct FailedCall;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<FailedCall> for UnderlyingRustTuple<'_> {
            fn from(value: FailedCall) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for FailedCall {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for FailedCall {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "FailedCall()";
            const SELECTOR: [u8; 4] = [214u8, 189u8, 162u8, 117u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `InsufficientShares(uint256,uint256)` and selector `0xcb1d8bba`.
```solidity
error InsufficientShares(uint256 shares, uint256 required);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InsufficientShares {
        #[allow(missing_docs)]
        pub shares: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub required: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<InsufficientShares> for UnderlyingRustTuple<'_> {
            fn from(value: InsufficientShares) -> Self {
                (value.shares, value.required)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InsufficientShares {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    shares: tuple.0,
                    required: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InsufficientShares {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InsufficientShares(uint256,uint256)";
            const SELECTOR: [u8; 4] = [203u8, 29u8, 139u8, 186u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.shares),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.required),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `InvalidInitialization()` and selector `0xf92ee8a9`.
```solidity
error InvalidInitialization();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidInitialization;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<InvalidInitialization> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidInitialization) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidInitialization {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidInitialization {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidInitialization()";
            const SELECTOR: [u8; 4] = [249u8, 46u8, 232u8, 169u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `InvalidSlashBps(uint256)` and selector `0x44f7a0ae`.
```solidity
error InvalidSlashBps(uint256 bps);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidSlashBps {
        #[allow(missing_docs)]
        pub bps: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<InvalidSlashBps> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidSlashBps) -> Self {
                (value.bps,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidSlashBps {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { bps: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidSlashBps {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidSlashBps(uint256)";
            const SELECTOR: [u8; 4] = [68u8, 247u8, 160u8, 174u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.bps),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NotInitializing()` and selector `0xd7e6bcf8`.
```solidity
error NotInitializing();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotInitializing;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NotInitializing> for UnderlyingRustTuple<'_> {
            fn from(value: NotInitializing) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotInitializing {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotInitializing {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotInitializing()";
            const SELECTOR: [u8; 4] = [215u8, 230u8, 188u8, 248u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NotNodeOperator(address)` and selector `0x9c9009ff`.
```solidity
error NotNodeOperator(address operator);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotNodeOperator {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NotNodeOperator> for UnderlyingRustTuple<'_> {
            fn from(value: NotNodeOperator) -> Self {
                (value.operator,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotNodeOperator {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { operator: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotNodeOperator {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotNodeOperator(address)";
            const SELECTOR: [u8; 4] = [156u8, 144u8, 9u8, 255u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NotSelectionManager(address)` and selector `0x28b21fed`.
```solidity
error NotSelectionManager(address caller);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotSelectionManager {
        #[allow(missing_docs)]
        pub caller: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NotSelectionManager> for UnderlyingRustTuple<'_> {
            fn from(value: NotSelectionManager) -> Self {
                (value.caller,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotSelectionManager {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { caller: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotSelectionManager {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotSelectionManager(address)";
            const SELECTOR: [u8; 4] = [40u8, 178u8, 31u8, 237u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.caller,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NotTreasury(address)` and selector `0x4eac6112`.
```solidity
error NotTreasury(address caller);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotTreasury {
        #[allow(missing_docs)]
        pub caller: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NotTreasury> for UnderlyingRustTuple<'_> {
            fn from(value: NotTreasury) -> Self {
                (value.caller,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotTreasury {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { caller: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotTreasury {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotTreasury(address)";
            const SELECTOR: [u8; 4] = [78u8, 172u8, 97u8, 18u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.caller,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NothingToClaim()` and selector `0x969bf728`.
```solidity
error NothingToClaim();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NothingToClaim;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NothingToClaim> for UnderlyingRustTuple<'_> {
            fn from(value: NothingToClaim) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NothingToClaim {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NothingToClaim {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NothingToClaim()";
            const SELECTOR: [u8; 4] = [150u8, 155u8, 247u8, 40u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NothingUnbonding()` and selector `0x262b9d74`.
```solidity
error NothingUnbonding();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NothingUnbonding;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NothingUnbonding> for UnderlyingRustTuple<'_> {
            fn from(value: NothingUnbonding) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NothingUnbonding {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NothingUnbonding {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NothingUnbonding()";
            const SELECTOR: [u8; 4] = [38u8, 43u8, 157u8, 116u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ParameterOutOfBounds(uint256,uint256,uint256)` and selector `0x4a112388`.
```solidity
error ParameterOutOfBounds(uint256 value, uint256 minimum, uint256 maximum);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ParameterOutOfBounds {
        #[allow(missing_docs)]
        pub value: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub minimum: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub maximum: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ParameterOutOfBounds> for UnderlyingRustTuple<'_> {
            fn from(value: ParameterOutOfBounds) -> Self {
                (value.value, value.minimum, value.maximum)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ParameterOutOfBounds {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    value: tuple.0,
                    minimum: tuple.1,
                    maximum: tuple.2,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ParameterOutOfBounds {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ParameterOutOfBounds(uint256,uint256,uint256)";
            const SELECTOR: [u8; 4] = [74u8, 17u8, 35u8, 136u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.value),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.minimum),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.maximum),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `PoolWiped(address)` and selector `0xb37702d6`.
```solidity
error PoolWiped(address operator);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct PoolWiped {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<PoolWiped> for UnderlyingRustTuple<'_> {
            fn from(value: PoolWiped) -> Self {
                (value.operator,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for PoolWiped {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { operator: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for PoolWiped {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "PoolWiped(address)";
            const SELECTOR: [u8; 4] = [179u8, 119u8, 2u8, 214u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `RedelegationToSamePool(address)` and selector `0x8ae15df2`.
```solidity
error RedelegationToSamePool(address operator);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RedelegationToSamePool {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<RedelegationToSamePool> for UnderlyingRustTuple<'_> {
            fn from(value: RedelegationToSamePool) -> Self {
                (value.operator,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for RedelegationToSamePool {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { operator: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for RedelegationToSamePool {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "RedelegationToSamePool(address)";
            const SELECTOR: [u8; 4] = [138u8, 225u8, 93u8, 242u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `RedelegationTooSoon(uint256,uint256)` and selector `0xdefb71f2`.
```solidity
error RedelegationTooSoon(uint256 redelegatedAt, uint256 allowedAt);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RedelegationTooSoon {
        #[allow(missing_docs)]
        pub redelegatedAt: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub allowedAt: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<RedelegationTooSoon> for UnderlyingRustTuple<'_> {
            fn from(value: RedelegationTooSoon) -> Self {
                (value.redelegatedAt, value.allowedAt)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for RedelegationTooSoon {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    redelegatedAt: tuple.0,
                    allowedAt: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for RedelegationTooSoon {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "RedelegationTooSoon(uint256,uint256)";
            const SELECTOR: [u8; 4] = [222u8, 251u8, 113u8, 242u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.redelegatedAt),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.allowedAt),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `SafeCastOverflowedUintDowncast(uint8,uint256)` and selector `0x6dfcc650`.
```solidity
error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SafeCastOverflowedUintDowncast {
        #[allow(missing_docs)]
        pub bits: u8,
        #[allow(missing_docs)]
        pub value: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<8>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            u8,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<SafeCastOverflowedUintDowncast>
        for UnderlyingRustTuple<'_> {
            fn from(value: SafeCastOverflowedUintDowncast) -> Self {
                (value.bits, value.value)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for SafeCastOverflowedUintDowncast {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    bits: tuple.0,
                    value: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for SafeCastOverflowedUintDowncast {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SafeCastOverflowedUintDowncast(uint8,uint256)";
            const SELECTOR: [u8; 4] = [109u8, 252u8, 198u8, 80u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.bits),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.value),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `SafeERC20FailedOperation(address)` and selector `0x5274afe7`.
```solidity
error SafeERC20FailedOperation(address token);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SafeERC20FailedOperation {
        #[allow(missing_docs)]
        pub token: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<SafeERC20FailedOperation>
        for UnderlyingRustTuple<'_> {
            fn from(value: SafeERC20FailedOperation) -> Self {
                (value.token,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for SafeERC20FailedOperation {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { token: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for SafeERC20FailedOperation {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SafeERC20FailedOperation(address)";
            const SELECTOR: [u8; 4] = [82u8, 116u8, 175u8, 231u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.token,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `SelfDelegation(address)` and selector `0xd556be93`.
```solidity
error SelfDelegation(address operator);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SelfDelegation {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<SelfDelegation> for UnderlyingRustTuple<'_> {
            fn from(value: SelfDelegation) -> Self {
                (value.operator,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for SelfDelegation {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { operator: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for SelfDelegation {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SelfDelegation(address)";
            const SELECTOR: [u8; 4] = [213u8, 86u8, 190u8, 147u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `StillUnbonding(uint256)` and selector `0xdd9c8943`.
```solidity
error StillUnbonding(uint256 releaseAt);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct StillUnbonding {
        #[allow(missing_docs)]
        pub releaseAt: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<StillUnbonding> for UnderlyingRustTuple<'_> {
            fn from(value: StillUnbonding) -> Self {
                (value.releaseAt,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for StillUnbonding {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { releaseAt: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for StillUnbonding {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "StillUnbonding(uint256)";
            const SELECTOR: [u8; 4] = [221u8, 156u8, 137u8, 67u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.releaseAt),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `UUPSUnauthorizedCallContext()` and selector `0xe07c8dba`.
```solidity
error UUPSUnauthorizedCallContext();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct UUPSUnauthorizedCallContext;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UUPSUnauthorizedCallContext>
        for UnderlyingRustTuple<'_> {
            fn from(value: UUPSUnauthorizedCallContext) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for UUPSUnauthorizedCallContext {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for UUPSUnauthorizedCallContext {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "UUPSUnauthorizedCallContext()";
            const SELECTOR: [u8; 4] = [224u8, 124u8, 141u8, 186u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `UUPSUnsupportedProxiableUUID(bytes32)` and selector `0xaa1d49a4`.
```solidity
error UUPSUnsupportedProxiableUUID(bytes32 slot);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct UUPSUnsupportedProxiableUUID {
        #[allow(missing_docs)]
        pub slot: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UUPSUnsupportedProxiableUUID>
        for UnderlyingRustTuple<'_> {
            fn from(value: UUPSUnsupportedProxiableUUID) -> Self {
                (value.slot,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for UUPSUnsupportedProxiableUUID {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { slot: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for UUPSUnsupportedProxiableUUID {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "UUPSUnsupportedProxiableUUID(bytes32)";
            const SELECTOR: [u8; 4] = [170u8, 29u8, 73u8, 164u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.slot),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `WeightExceeded(uint256,uint256)` and selector `0xf47111b3`.
```solidity
error WeightExceeded(uint256 weight, uint256 removed);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct WeightExceeded {
        #[allow(missing_docs)]
        pub weight: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub removed: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<WeightExceeded> for UnderlyingRustTuple<'_> {
            fn from(value: WeightExceeded) -> Self {
                (value.weight, value.removed)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for WeightExceeded {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    weight: tuple.0,
                    removed: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for WeightExceeded {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "WeightExceeded(uint256,uint256)";
            const SELECTOR: [u8; 4] = [244u8, 113u8, 17u8, 179u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.weight),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.removed),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ZeroAddress()` and selector `0xd92e233d`.
```solidity
error ZeroAddress();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ZeroAddress;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ZeroAddress> for UnderlyingRustTuple<'_> {
            fn from(value: ZeroAddress) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ZeroAddress {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ZeroAddress {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ZeroAddress()";
            const SELECTOR: [u8; 4] = [217u8, 46u8, 35u8, 61u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ZeroAmount()` and selector `0x1f2a2005`.
```solidity
error ZeroAmount();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ZeroAmount;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ZeroAmount> for UnderlyingRustTuple<'_> {
            fn from(value: ZeroAmount) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ZeroAmount {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ZeroAmount {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ZeroAmount()";
            const SELECTOR: [u8; 4] = [31u8, 42u8, 32u8, 5u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ZeroShares(uint256)` and selector `0xdc6d336e`.
```solidity
error ZeroShares(uint256 amount);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ZeroShares {
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ZeroShares> for UnderlyingRustTuple<'_> {
            fn from(value: ZeroShares) -> Self {
                (value.amount,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ZeroShares {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { amount: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ZeroShares {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ZeroShares(uint256)";
            const SELECTOR: [u8; 4] = [220u8, 109u8, 51u8, 110u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `CommissionChangeScheduled(address,uint256,uint256,uint256)` and selector `0xa563e589a953dcc0c782dce123019730f0dec11c83e1db0cca8a7b8161cdf30e`.
```solidity
event CommissionChangeScheduled(address indexed operator, uint256 previousBps, uint256 newBps, uint256 effectiveAt);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct CommissionChangeScheduled {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub previousBps: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub newBps: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub effectiveAt: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for CommissionChangeScheduled {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "CommissionChangeScheduled(address,uint256,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                165u8, 99u8, 229u8, 137u8, 169u8, 83u8, 220u8, 192u8, 199u8, 130u8,
                220u8, 225u8, 35u8, 1u8, 151u8, 48u8, 240u8, 222u8, 193u8, 28u8, 131u8,
                225u8, 219u8, 12u8, 202u8, 138u8, 123u8, 129u8, 97u8, 205u8, 243u8, 14u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    operator: topics.1,
                    previousBps: data.0,
                    newBps: data.1,
                    effectiveAt: data.2,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.previousBps),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.newBps),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.effectiveAt),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.operator.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.operator,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for CommissionChangeScheduled {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&CommissionChangeScheduled> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(
                this: &CommissionChangeScheduled,
            ) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `CommissionUpdated(address,uint256,uint256)` and selector `0x6e500db30ce535d38852e318f333e9be41a3fec6c65d234ebb06203c896db9a5`.
```solidity
event CommissionUpdated(address indexed operator, uint256 previousBps, uint256 newBps);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct CommissionUpdated {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub previousBps: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub newBps: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for CommissionUpdated {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "CommissionUpdated(address,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                110u8, 80u8, 13u8, 179u8, 12u8, 229u8, 53u8, 211u8, 136u8, 82u8, 227u8,
                24u8, 243u8, 51u8, 233u8, 190u8, 65u8, 163u8, 254u8, 198u8, 198u8, 93u8,
                35u8, 78u8, 187u8, 6u8, 32u8, 60u8, 137u8, 109u8, 185u8, 165u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    operator: topics.1,
                    previousBps: data.0,
                    newBps: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.previousBps),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.newBps),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.operator.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.operator,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for CommissionUpdated {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&CommissionUpdated> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &CommissionUpdated) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Delegated(address,address,uint256,uint256)` and selector `0x24d7bda8602b916d64417f0dbfe2e2e88ec9b1157bd9f596dfdb91ba26624e04`.
```solidity
event Delegated(address indexed delegator, address indexed operator, uint256 amount, uint256 shares);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct Delegated {
        #[allow(missing_docs)]
        pub delegator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub shares: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Delegated {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "Delegated(address,address,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                36u8, 215u8, 189u8, 168u8, 96u8, 43u8, 145u8, 109u8, 100u8, 65u8, 127u8,
                13u8, 191u8, 226u8, 226u8, 232u8, 142u8, 201u8, 177u8, 21u8, 123u8,
                217u8, 245u8, 150u8, 223u8, 219u8, 145u8, 186u8, 38u8, 98u8, 78u8, 4u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    delegator: topics.1,
                    operator: topics.2,
                    amount: data.0,
                    shares: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.shares),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.delegator.clone(),
                    self.operator.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.delegator,
                );
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.operator,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Delegated {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Delegated> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Delegated) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `DelegationWithdrawn(address,address,uint256,uint256)` and selector `0x7d42dab474bcfdb4a6f746b2536f45af4c2c02edf62bad49c538b4a2a766cb94`.
```solidity
event DelegationWithdrawn(address indexed delegator, address indexed operator, uint256 amount, uint256 unbondingShares);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct DelegationWithdrawn {
        #[allow(missing_docs)]
        pub delegator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub unbondingShares: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for DelegationWithdrawn {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "DelegationWithdrawn(address,address,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                125u8, 66u8, 218u8, 180u8, 116u8, 188u8, 253u8, 180u8, 166u8, 247u8,
                70u8, 178u8, 83u8, 111u8, 69u8, 175u8, 76u8, 44u8, 2u8, 237u8, 246u8,
                43u8, 173u8, 73u8, 197u8, 56u8, 180u8, 162u8, 167u8, 102u8, 203u8, 148u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    delegator: topics.1,
                    operator: topics.2,
                    amount: data.0,
                    unbondingShares: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.unbondingShares),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.delegator.clone(),
                    self.operator.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.delegator,
                );
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.operator,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for DelegationWithdrawn {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&DelegationWithdrawn> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &DelegationWithdrawn) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Initialized(uint64)` and selector `0xc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2`.
```solidity
event Initialized(uint64 version);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct Initialized {
        #[allow(missing_docs)]
        pub version: u64,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Initialized {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "Initialized(uint64)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                199u8, 245u8, 5u8, 178u8, 243u8, 113u8, 174u8, 33u8, 117u8, 238u8, 73u8,
                19u8, 244u8, 73u8, 158u8, 31u8, 38u8, 51u8, 167u8, 181u8, 147u8, 99u8,
                33u8, 238u8, 209u8, 205u8, 174u8, 182u8, 17u8, 81u8, 129u8, 210u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { version: data.0 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.version),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(),)
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Initialized {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Initialized> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Initialized) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `MaxCommissionBpsUpdated(uint256,uint256)` and selector `0x7c33200d56c4374852239f90138dd63bb8ff75fb4e790dd61c94faacbd57d1d2`.
```solidity
event MaxCommissionBpsUpdated(uint256 previousBps, uint256 newBps);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct MaxCommissionBpsUpdated {
        #[allow(missing_docs)]
        pub previousBps: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub newBps: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for MaxCommissionBpsUpdated {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "MaxCommissionBpsUpdated(uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                124u8, 51u8, 32u8, 13u8, 86u8, 196u8, 55u8, 72u8, 82u8, 35u8, 159u8,
                144u8, 19u8, 141u8, 214u8, 59u8, 184u8, 255u8, 117u8, 251u8, 78u8, 121u8,
                13u8, 214u8, 28u8, 148u8, 250u8, 172u8, 189u8, 87u8, 209u8, 210u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    previousBps: data.0,
                    newBps: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.previousBps),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.newBps),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(),)
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for MaxCommissionBpsUpdated {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&MaxCommissionBpsUpdated> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(
                this: &MaxCommissionBpsUpdated,
            ) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `MinimumSelfStakeBpsUpdated(uint256,uint256)` and selector `0x2349fea6da333fc947eb02459a897d904548a597fd037cf78a43190233f77ef2`.
```solidity
event MinimumSelfStakeBpsUpdated(uint256 previousBps, uint256 newBps);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct MinimumSelfStakeBpsUpdated {
        #[allow(missing_docs)]
        pub previousBps: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub newBps: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for MinimumSelfStakeBpsUpdated {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "MinimumSelfStakeBpsUpdated(uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                35u8, 73u8, 254u8, 166u8, 218u8, 51u8, 63u8, 201u8, 71u8, 235u8, 2u8,
                69u8, 154u8, 137u8, 125u8, 144u8, 69u8, 72u8, 165u8, 151u8, 253u8, 3u8,
                124u8, 247u8, 138u8, 67u8, 25u8, 2u8, 51u8, 247u8, 126u8, 242u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    previousBps: data.0,
                    newBps: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.previousBps),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.newBps),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(),)
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for MinimumSelfStakeBpsUpdated {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&MinimumSelfStakeBpsUpdated> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(
                this: &MinimumSelfStakeBpsUpdated,
            ) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `OwnStakeUpdated(address,uint256,uint256)` and selector `0xd56c9a3c54988fcfab7c428b06c2019f7d3539a3c6a95ba7a0f6011aa7f2be27`.
```solidity
event OwnStakeUpdated(address indexed operator, uint256 previousStake, uint256 newStake);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct OwnStakeUpdated {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub previousStake: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub newStake: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for OwnStakeUpdated {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "OwnStakeUpdated(address,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                213u8, 108u8, 154u8, 60u8, 84u8, 152u8, 143u8, 207u8, 171u8, 124u8, 66u8,
                139u8, 6u8, 194u8, 1u8, 159u8, 125u8, 53u8, 57u8, 163u8, 198u8, 169u8,
                91u8, 167u8, 160u8, 246u8, 1u8, 26u8, 167u8, 242u8, 190u8, 39u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    operator: topics.1,
                    previousStake: data.0,
                    newStake: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.previousStake),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.newStake),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.operator.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.operator,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for OwnStakeUpdated {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&OwnStakeUpdated> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &OwnStakeUpdated) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `PoolSlashed(address,uint256,uint256,uint256)` and selector `0x9966fe2387915775b6595a7ed090b53809e9949aa30db32f6496476436ce87ab`.
```solidity
event PoolSlashed(address indexed operator, uint256 bps, uint256 fromDelegated, uint256 fromUnbonding);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct PoolSlashed {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub bps: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub fromDelegated: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub fromUnbonding: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for PoolSlashed {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "PoolSlashed(address,uint256,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                153u8, 102u8, 254u8, 35u8, 135u8, 145u8, 87u8, 117u8, 182u8, 89u8, 90u8,
                126u8, 208u8, 144u8, 181u8, 56u8, 9u8, 233u8, 148u8, 154u8, 163u8, 13u8,
                179u8, 47u8, 100u8, 150u8, 71u8, 100u8, 54u8, 206u8, 135u8, 171u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    operator: topics.1,
                    bps: data.0,
                    fromDelegated: data.1,
                    fromUnbonding: data.2,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.bps),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.fromDelegated),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.fromUnbonding),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.operator.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.operator,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for PoolSlashed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&PoolSlashed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &PoolSlashed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Redelegated(address,address,address,uint256,uint256,uint256)` and selector `0xfdac6e81913996d95abcc289e90f2d8bd235487ce6fe6f821e7d21002a1915b4`.
```solidity
event Redelegated(address indexed delegator, address indexed from, address indexed to, uint256 amount, uint256 sharesBurned, uint256 sharesMinted);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct Redelegated {
        #[allow(missing_docs)]
        pub delegator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub from: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub to: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub sharesBurned: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub sharesMinted: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Redelegated {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "Redelegated(address,address,address,uint256,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                253u8, 172u8, 110u8, 129u8, 145u8, 57u8, 150u8, 217u8, 90u8, 188u8,
                194u8, 137u8, 233u8, 15u8, 45u8, 139u8, 210u8, 53u8, 72u8, 124u8, 230u8,
                254u8, 111u8, 130u8, 30u8, 125u8, 33u8, 0u8, 42u8, 25u8, 21u8, 180u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    delegator: topics.1,
                    from: topics.2,
                    to: topics.3,
                    amount: data.0,
                    sharesBurned: data.1,
                    sharesMinted: data.2,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.sharesBurned),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.sharesMinted),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.delegator.clone(),
                    self.from.clone(),
                    self.to.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.delegator,
                );
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.from,
                );
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.to,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Redelegated {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Redelegated> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Redelegated) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RoleAdminChanged(bytes32,bytes32,bytes32)` and selector `0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff`.
```solidity
event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct RoleAdminChanged {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub previousAdminRole: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub newAdminRole: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for RoleAdminChanged {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            const SIGNATURE: &'static str = "RoleAdminChanged(bytes32,bytes32,bytes32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                189u8, 121u8, 184u8, 111u8, 254u8, 10u8, 184u8, 232u8, 119u8, 97u8, 81u8,
                81u8, 66u8, 23u8, 205u8, 124u8, 172u8, 213u8, 44u8, 144u8, 159u8, 102u8,
                71u8, 92u8, 58u8, 244u8, 78u8, 18u8, 159u8, 11u8, 0u8, 255u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    role: topics.1,
                    previousAdminRole: topics.2,
                    newAdminRole: topics.3,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.role.clone(),
                    self.previousAdminRole.clone(),
                    self.newAdminRole.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.role);
                out[2usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.previousAdminRole);
                out[3usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.newAdminRole);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for RoleAdminChanged {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RoleAdminChanged> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RoleAdminChanged) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RoleGranted(bytes32,address,address)` and selector `0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d`.
```solidity
event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct RoleGranted {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub sender: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for RoleGranted {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "RoleGranted(bytes32,address,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                47u8, 135u8, 136u8, 17u8, 126u8, 126u8, 255u8, 29u8, 130u8, 233u8, 38u8,
                236u8, 121u8, 73u8, 1u8, 209u8, 124u8, 120u8, 2u8, 74u8, 80u8, 39u8, 9u8,
                64u8, 48u8, 69u8, 64u8, 167u8, 51u8, 101u8, 111u8, 13u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    role: topics.1,
                    account: topics.2,
                    sender: topics.3,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.role.clone(),
                    self.account.clone(),
                    self.sender.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.role);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.account,
                );
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.sender,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for RoleGranted {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RoleGranted> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RoleGranted) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RoleRevoked(bytes32,address,address)` and selector `0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b`.
```solidity
event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct RoleRevoked {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub sender: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for RoleRevoked {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "RoleRevoked(bytes32,address,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                246u8, 57u8, 31u8, 92u8, 50u8, 217u8, 198u8, 157u8, 42u8, 71u8, 234u8,
                103u8, 11u8, 68u8, 41u8, 116u8, 181u8, 57u8, 53u8, 209u8, 237u8, 199u8,
                253u8, 100u8, 235u8, 33u8, 224u8, 71u8, 168u8, 57u8, 23u8, 27u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    role: topics.1,
                    account: topics.2,
                    sender: topics.3,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.role.clone(),
                    self.account.clone(),
                    self.sender.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.role);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.account,
                );
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.sender,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for RoleRevoked {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RoleRevoked> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RoleRevoked) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `StakingRewardsClaimed(address,address,uint256)` and selector `0xd522216d6806ed90440f20c2eb6bc70deaf0891daa7495185b7a1554dbccb8f9`.
```solidity
event StakingRewardsClaimed(address indexed account, address indexed operator, uint256 amount);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct StakingRewardsClaimed {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for StakingRewardsClaimed {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "StakingRewardsClaimed(address,address,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                213u8, 34u8, 33u8, 109u8, 104u8, 6u8, 237u8, 144u8, 68u8, 15u8, 32u8,
                194u8, 235u8, 107u8, 199u8, 13u8, 234u8, 240u8, 137u8, 29u8, 170u8,
                116u8, 149u8, 24u8, 91u8, 122u8, 21u8, 84u8, 219u8, 204u8, 184u8, 249u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    account: topics.1,
                    operator: topics.2,
                    amount: data.0,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.account.clone(),
                    self.operator.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.account,
                );
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.operator,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for StakingRewardsClaimed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&StakingRewardsClaimed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &StakingRewardsClaimed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `StakingRewardsNotified(uint256,uint256)` and selector `0x67cad59e5958c068210b57b4b01f1660b6245332de94b4ef491e7bd740485955`.
```solidity
event StakingRewardsNotified(uint256 amount, uint256 indexed interval);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct StakingRewardsNotified {
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub interval: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for StakingRewardsNotified {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            const SIGNATURE: &'static str = "StakingRewardsNotified(uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                103u8, 202u8, 213u8, 158u8, 89u8, 88u8, 192u8, 104u8, 33u8, 11u8, 87u8,
                180u8, 176u8, 31u8, 22u8, 96u8, 182u8, 36u8, 83u8, 50u8, 222u8, 148u8,
                180u8, 239u8, 73u8, 30u8, 123u8, 215u8, 64u8, 72u8, 89u8, 85u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    amount: data.0,
                    interval: topics.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.interval.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.interval);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for StakingRewardsNotified {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&StakingRewardsNotified> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &StakingRewardsNotified) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Undelegated(address,address,uint256,uint256,uint256,uint256)` and selector `0x011e2a8a48c6176856fb5437f7dfb90f4f7306e41cda414c3716217bd24c91db`.
```solidity
event Undelegated(address indexed delegator, address indexed operator, uint256 amount, uint256 shares, uint256 unbondingShares, uint256 releaseAt);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct Undelegated {
        #[allow(missing_docs)]
        pub delegator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub shares: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub unbondingShares: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub releaseAt: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Undelegated {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "Undelegated(address,address,uint256,uint256,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                1u8, 30u8, 42u8, 138u8, 72u8, 198u8, 23u8, 104u8, 86u8, 251u8, 84u8,
                55u8, 247u8, 223u8, 185u8, 15u8, 79u8, 115u8, 6u8, 228u8, 28u8, 218u8,
                65u8, 76u8, 55u8, 22u8, 33u8, 123u8, 210u8, 76u8, 145u8, 219u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    delegator: topics.1,
                    operator: topics.2,
                    amount: data.0,
                    shares: data.1,
                    unbondingShares: data.2,
                    releaseAt: data.3,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.shares),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.unbondingShares),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.releaseAt),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.delegator.clone(),
                    self.operator.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.delegator,
                );
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.operator,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Undelegated {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Undelegated> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Undelegated) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Upgraded(address)` and selector `0xbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b`.
```solidity
event Upgraded(address indexed implementation);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct Upgraded {
        #[allow(missing_docs)]
        pub implementation: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Upgraded {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "Upgraded(address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                188u8, 124u8, 215u8, 90u8, 32u8, 238u8, 39u8, 253u8, 154u8, 222u8, 186u8,
                179u8, 32u8, 65u8, 247u8, 85u8, 33u8, 77u8, 188u8, 107u8, 255u8, 169u8,
                12u8, 192u8, 34u8, 91u8, 57u8, 218u8, 46u8, 92u8, 45u8, 59u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { implementation: topics.1 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.implementation.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.implementation,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Upgraded {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Upgraded> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Upgraded) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    /**Constructor`.
```solidity
constructor();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct constructorCall {}
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<constructorCall> for UnderlyingRustTuple<'_> {
                fn from(value: constructorCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for constructorCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolConstructor for constructorCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `DEFAULT_ADMIN_ROLE()` and selector `0xa217fddf`.
```solidity
function DEFAULT_ADMIN_ROLE() external view returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DEFAULT_ADMIN_ROLECall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`DEFAULT_ADMIN_ROLE()`](DEFAULT_ADMIN_ROLECall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DEFAULT_ADMIN_ROLEReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<DEFAULT_ADMIN_ROLECall>
            for UnderlyingRustTuple<'_> {
                fn from(value: DEFAULT_ADMIN_ROLECall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for DEFAULT_ADMIN_ROLECall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<DEFAULT_ADMIN_ROLEReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: DEFAULT_ADMIN_ROLEReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for DEFAULT_ADMIN_ROLEReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for DEFAULT_ADMIN_ROLECall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "DEFAULT_ADMIN_ROLE()";
            const SELECTOR: [u8; 4] = [162u8, 23u8, 253u8, 223u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: DEFAULT_ADMIN_ROLEReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: DEFAULT_ADMIN_ROLEReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `DEFAULT_MAX_COMMISSION_BPS()` and selector `0x262ddec3`.
```solidity
function DEFAULT_MAX_COMMISSION_BPS() external view returns (uint16);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DEFAULT_MAX_COMMISSION_BPSCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`DEFAULT_MAX_COMMISSION_BPS()`](DEFAULT_MAX_COMMISSION_BPSCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DEFAULT_MAX_COMMISSION_BPSReturn {
        #[allow(missing_docs)]
        pub _0: u16,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<DEFAULT_MAX_COMMISSION_BPSCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: DEFAULT_MAX_COMMISSION_BPSCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for DEFAULT_MAX_COMMISSION_BPSCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u16,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<DEFAULT_MAX_COMMISSION_BPSReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: DEFAULT_MAX_COMMISSION_BPSReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for DEFAULT_MAX_COMMISSION_BPSReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for DEFAULT_MAX_COMMISSION_BPSCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u16;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "DEFAULT_MAX_COMMISSION_BPS()";
            const SELECTOR: [u8; 4] = [38u8, 45u8, 222u8, 195u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: DEFAULT_MAX_COMMISSION_BPSReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: DEFAULT_MAX_COMMISSION_BPSReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `DEFAULT_MINIMUM_SELF_STAKE_BPS()` and selector `0xd7afee47`.
```solidity
function DEFAULT_MINIMUM_SELF_STAKE_BPS() external view returns (uint16);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DEFAULT_MINIMUM_SELF_STAKE_BPSCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`DEFAULT_MINIMUM_SELF_STAKE_BPS()`](DEFAULT_MINIMUM_SELF_STAKE_BPSCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DEFAULT_MINIMUM_SELF_STAKE_BPSReturn {
        #[allow(missing_docs)]
        pub _0: u16,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<DEFAULT_MINIMUM_SELF_STAKE_BPSCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: DEFAULT_MINIMUM_SELF_STAKE_BPSCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for DEFAULT_MINIMUM_SELF_STAKE_BPSCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u16,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<DEFAULT_MINIMUM_SELF_STAKE_BPSReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: DEFAULT_MINIMUM_SELF_STAKE_BPSReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for DEFAULT_MINIMUM_SELF_STAKE_BPSReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for DEFAULT_MINIMUM_SELF_STAKE_BPSCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u16;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "DEFAULT_MINIMUM_SELF_STAKE_BPS()";
            const SELECTOR: [u8; 4] = [215u8, 175u8, 238u8, 71u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: DEFAULT_MINIMUM_SELF_STAKE_BPSReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: DEFAULT_MINIMUM_SELF_STAKE_BPSReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_COMMISSION_CAP_BPS()` and selector `0x1b910377`.
```solidity
function MAX_COMMISSION_CAP_BPS() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_COMMISSION_CAP_BPSCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_COMMISSION_CAP_BPS()`](MAX_COMMISSION_CAP_BPSCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_COMMISSION_CAP_BPSReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MAX_COMMISSION_CAP_BPSCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_COMMISSION_CAP_BPSCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_COMMISSION_CAP_BPSCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MAX_COMMISSION_CAP_BPSReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_COMMISSION_CAP_BPSReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_COMMISSION_CAP_BPSReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_COMMISSION_CAP_BPSCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_COMMISSION_CAP_BPS()";
            const SELECTOR: [u8; 4] = [27u8, 145u8, 3u8, 119u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: MAX_COMMISSION_CAP_BPSReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: MAX_COMMISSION_CAP_BPSReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MIN_SELF_STAKE_FLOOR_BPS()` and selector `0x7c8c3394`.
```solidity
function MIN_SELF_STAKE_FLOOR_BPS() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MIN_SELF_STAKE_FLOOR_BPSCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MIN_SELF_STAKE_FLOOR_BPS()`](MIN_SELF_STAKE_FLOOR_BPSCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MIN_SELF_STAKE_FLOOR_BPSReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MIN_SELF_STAKE_FLOOR_BPSCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: MIN_SELF_STAKE_FLOOR_BPSCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MIN_SELF_STAKE_FLOOR_BPSCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MIN_SELF_STAKE_FLOOR_BPSReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: MIN_SELF_STAKE_FLOOR_BPSReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MIN_SELF_STAKE_FLOOR_BPSReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MIN_SELF_STAKE_FLOOR_BPSCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MIN_SELF_STAKE_FLOOR_BPS()";
            const SELECTOR: [u8; 4] = [124u8, 140u8, 51u8, 148u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: MIN_SELF_STAKE_FLOOR_BPSReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: MIN_SELF_STAKE_FLOOR_BPSReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `REWARD_INTERVAL()` and selector `0x5dbdda69`.
```solidity
function REWARD_INTERVAL() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct REWARD_INTERVALCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`REWARD_INTERVAL()`](REWARD_INTERVALCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct REWARD_INTERVALReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<REWARD_INTERVALCall> for UnderlyingRustTuple<'_> {
                fn from(value: REWARD_INTERVALCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for REWARD_INTERVALCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<REWARD_INTERVALReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: REWARD_INTERVALReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for REWARD_INTERVALReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for REWARD_INTERVALCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "REWARD_INTERVAL()";
            const SELECTOR: [u8; 4] = [93u8, 189u8, 218u8, 105u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: REWARD_INTERVALReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: REWARD_INTERVALReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `UPGRADE_INTERFACE_VERSION()` and selector `0xad3cb1cc`.
```solidity
function UPGRADE_INTERFACE_VERSION() external view returns (string memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct UPGRADE_INTERFACE_VERSIONCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`UPGRADE_INTERFACE_VERSION()`](UPGRADE_INTERFACE_VERSIONCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct UPGRADE_INTERFACE_VERSIONReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::String,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UPGRADE_INTERFACE_VERSIONCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: UPGRADE_INTERFACE_VERSIONCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for UPGRADE_INTERFACE_VERSIONCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::String,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::String,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UPGRADE_INTERFACE_VERSIONReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: UPGRADE_INTERFACE_VERSIONReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for UPGRADE_INTERFACE_VERSIONReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for UPGRADE_INTERFACE_VERSIONCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::String;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::String,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "UPGRADE_INTERFACE_VERSION()";
            const SELECTOR: [u8; 4] = [173u8, 60u8, 177u8, 204u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: UPGRADE_INTERFACE_VERSIONReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: UPGRADE_INTERFACE_VERSIONReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `claimStakingRewards(address)` and selector `0x96bb1fef`.
```solidity
function claimStakingRewards(address operator) external returns (uint256 amount);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct claimStakingRewardsCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`claimStakingRewards(address)`](claimStakingRewardsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct claimStakingRewardsReturn {
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<claimStakingRewardsCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: claimStakingRewardsCall) -> Self {
                    (value.operator,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for claimStakingRewardsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { operator: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<claimStakingRewardsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: claimStakingRewardsReturn) -> Self {
                    (value.amount,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for claimStakingRewardsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { amount: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for claimStakingRewardsCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "claimStakingRewards(address)";
            const SELECTOR: [u8; 4] = [150u8, 187u8, 31u8, 239u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: claimStakingRewardsReturn = r.into();
                        r.amount
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: claimStakingRewardsReturn = r.into();
                        r.amount
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `claimableStakingRewards(address,address)` and selector `0x543be731`.
```solidity
function claimableStakingRewards(address operator, address account) external returns (uint256 amount);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct claimableStakingRewardsCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`claimableStakingRewards(address,address)`](claimableStakingRewardsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct claimableStakingRewardsReturn {
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<claimableStakingRewardsCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: claimableStakingRewardsCall) -> Self {
                    (value.operator, value.account)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for claimableStakingRewardsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        operator: tuple.0,
                        account: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<claimableStakingRewardsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: claimableStakingRewardsReturn) -> Self {
                    (value.amount,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for claimableStakingRewardsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { amount: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for claimableStakingRewardsCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "claimableStakingRewards(address,address)";
            const SELECTOR: [u8; 4] = [84u8, 59u8, 231u8, 49u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: claimableStakingRewardsReturn = r.into();
                        r.amount
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: claimableStakingRewardsReturn = r.into();
                        r.amount
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `delegate(address,uint256)` and selector `0x026e402b`.
```solidity
function delegate(address operator, uint256 amount) external returns (uint256 shares);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct delegateCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`delegate(address,uint256)`](delegateCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct delegateReturn {
        #[allow(missing_docs)]
        pub shares: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<delegateCall> for UnderlyingRustTuple<'_> {
                fn from(value: delegateCall) -> Self {
                    (value.operator, value.amount)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for delegateCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        operator: tuple.0,
                        amount: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<delegateReturn> for UnderlyingRustTuple<'_> {
                fn from(value: delegateReturn) -> Self {
                    (value.shares,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for delegateReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { shares: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for delegateCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "delegate(address,uint256)";
            const SELECTOR: [u8; 4] = [2u8, 110u8, 64u8, 43u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: delegateReturn = r.into();
                        r.shares
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: delegateReturn = r.into();
                        r.shares
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `delegatedTo(address)` and selector `0x65da1264`.
```solidity
function delegatedTo(address operator) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct delegatedToCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`delegatedTo(address)`](delegatedToCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct delegatedToReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<delegatedToCall> for UnderlyingRustTuple<'_> {
                fn from(value: delegatedToCall) -> Self {
                    (value.operator,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for delegatedToCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { operator: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<delegatedToReturn> for UnderlyingRustTuple<'_> {
                fn from(value: delegatedToReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for delegatedToReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for delegatedToCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "delegatedTo(address)";
            const SELECTOR: [u8; 4] = [101u8, 218u8, 18u8, 100u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: delegatedToReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: delegatedToReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `delegation(address,address)` and selector `0x046d3307`.
```solidity
function delegation(address delegator, address operator) external view returns (IDelegation.DelegationView memory view_);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct delegationCall {
        #[allow(missing_docs)]
        pub delegator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`delegation(address,address)`](delegationCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct delegationReturn {
        #[allow(missing_docs)]
        pub view_: <IDelegation::DelegationView as alloy::sol_types::SolType>::RustType,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<delegationCall> for UnderlyingRustTuple<'_> {
                fn from(value: delegationCall) -> Self {
                    (value.delegator, value.operator)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for delegationCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        delegator: tuple.0,
                        operator: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IDelegation::DelegationView,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IDelegation::DelegationView as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<delegationReturn> for UnderlyingRustTuple<'_> {
                fn from(value: delegationReturn) -> Self {
                    (value.view_,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for delegationReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { view_: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for delegationCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IDelegation::DelegationView as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IDelegation::DelegationView,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "delegation(address,address)";
            const SELECTOR: [u8; 4] = [4u8, 109u8, 51u8, 7u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.delegator,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <IDelegation::DelegationView as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: delegationReturn = r.into();
                        r.view_
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: delegationReturn = r.into();
                        r.view_
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getRoleAdmin(bytes32)` and selector `0x248a9ca3`.
```solidity
function getRoleAdmin(bytes32 role) external view returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getRoleAdminCall {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`getRoleAdmin(bytes32)`](getRoleAdminCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getRoleAdminReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getRoleAdminCall> for UnderlyingRustTuple<'_> {
                fn from(value: getRoleAdminCall) -> Self {
                    (value.role,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getRoleAdminCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { role: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getRoleAdminReturn> for UnderlyingRustTuple<'_> {
                fn from(value: getRoleAdminReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getRoleAdminReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getRoleAdminCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getRoleAdmin(bytes32)";
            const SELECTOR: [u8; 4] = [36u8, 138u8, 156u8, 163u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.role),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: getRoleAdminReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: getRoleAdminReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `grantRole(bytes32,address)` and selector `0x2f2ff15d`.
```solidity
function grantRole(bytes32 role, address account) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct grantRoleCall {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`grantRole(bytes32,address)`](grantRoleCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct grantRoleReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::Address,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<grantRoleCall> for UnderlyingRustTuple<'_> {
                fn from(value: grantRoleCall) -> Self {
                    (value.role, value.account)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for grantRoleCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        role: tuple.0,
                        account: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<grantRoleReturn> for UnderlyingRustTuple<'_> {
                fn from(value: grantRoleReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for grantRoleReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl grantRoleReturn {
            fn _tokenize(
                &self,
            ) -> <grantRoleCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for grantRoleCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = grantRoleReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "grantRole(bytes32,address)";
            const SELECTOR: [u8; 4] = [47u8, 47u8, 241u8, 93u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.role),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                grantRoleReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `hasRole(bytes32,address)` and selector `0x91d14854`.
```solidity
function hasRole(bytes32 role, address account) external view returns (bool);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct hasRoleCall {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`hasRole(bytes32,address)`](hasRoleCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct hasRoleReturn {
        #[allow(missing_docs)]
        pub _0: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::Address,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<hasRoleCall> for UnderlyingRustTuple<'_> {
                fn from(value: hasRoleCall) -> Self {
                    (value.role, value.account)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for hasRoleCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        role: tuple.0,
                        account: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<hasRoleReturn> for UnderlyingRustTuple<'_> {
                fn from(value: hasRoleReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for hasRoleReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for hasRoleCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "hasRole(bytes32,address)";
            const SELECTOR: [u8; 4] = [145u8, 209u8, 72u8, 84u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.role),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: hasRoleReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: hasRoleReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `heldStakingRewards()` and selector `0x39955cf4`.
```solidity
function heldStakingRewards() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct heldStakingRewardsCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`heldStakingRewards()`](heldStakingRewardsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct heldStakingRewardsReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<heldStakingRewardsCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: heldStakingRewardsCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for heldStakingRewardsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<heldStakingRewardsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: heldStakingRewardsReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for heldStakingRewardsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for heldStakingRewardsCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "heldStakingRewards()";
            const SELECTOR: [u8; 4] = [57u8, 149u8, 92u8, 244u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: heldStakingRewardsReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: heldStakingRewardsReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `initialize(address,address,address,address)` and selector `0xf8c8765e`.
```solidity
function initialize(address admin, address selectionManager_, address treasury_, address xmtpToken_) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct initializeCall {
        #[allow(missing_docs)]
        pub admin: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub selectionManager_: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub treasury_: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub xmtpToken_: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`initialize(address,address,address,address)`](initializeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct initializeReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<initializeCall> for UnderlyingRustTuple<'_> {
                fn from(value: initializeCall) -> Self {
                    (
                        value.admin,
                        value.selectionManager_,
                        value.treasury_,
                        value.xmtpToken_,
                    )
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for initializeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        admin: tuple.0,
                        selectionManager_: tuple.1,
                        treasury_: tuple.2,
                        xmtpToken_: tuple.3,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<initializeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: initializeReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for initializeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl initializeReturn {
            fn _tokenize(
                &self,
            ) -> <initializeCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for initializeCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = initializeReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "initialize(address,address,address,address)";
            const SELECTOR: [u8; 4] = [248u8, 200u8, 118u8, 94u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.admin,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.selectionManager_,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.treasury_,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.xmtpToken_,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                initializeReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `intervalOf(uint256)` and selector `0xb369af71`.
```solidity
function intervalOf(uint256 timestamp) external pure returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct intervalOfCall {
        #[allow(missing_docs)]
        pub timestamp: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`intervalOf(uint256)`](intervalOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct intervalOfReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<intervalOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: intervalOfCall) -> Self {
                    (value.timestamp,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for intervalOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { timestamp: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<intervalOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: intervalOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for intervalOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for intervalOfCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "intervalOf(uint256)";
            const SELECTOR: [u8; 4] = [179u8, 105u8, 175u8, 113u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.timestamp),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: intervalOfReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: intervalOfReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `isEligible(address,uint256,uint256)` and selector `0x3281a78e`.
```solidity
function isEligible(address operator, uint256 ownStake, uint256 minimumStake) external view returns (bool);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isEligibleCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub ownStake: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub minimumStake: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`isEligible(address,uint256,uint256)`](isEligibleCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isEligibleReturn {
        #[allow(missing_docs)]
        pub _0: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<isEligibleCall> for UnderlyingRustTuple<'_> {
                fn from(value: isEligibleCall) -> Self {
                    (value.operator, value.ownStake, value.minimumStake)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isEligibleCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        operator: tuple.0,
                        ownStake: tuple.1,
                        minimumStake: tuple.2,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<isEligibleReturn> for UnderlyingRustTuple<'_> {
                fn from(value: isEligibleReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isEligibleReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for isEligibleCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "isEligible(address,uint256,uint256)";
            const SELECTOR: [u8; 4] = [50u8, 129u8, 167u8, 142u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.ownStake),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.minimumStake),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: isEligibleReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: isEligibleReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `maxCommissionBps()` and selector `0x3e17b600`.
```solidity
function maxCommissionBps() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct maxCommissionBpsCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`maxCommissionBps()`](maxCommissionBpsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct maxCommissionBpsReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<maxCommissionBpsCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: maxCommissionBpsCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for maxCommissionBpsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<maxCommissionBpsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: maxCommissionBpsReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for maxCommissionBpsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for maxCommissionBpsCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "maxCommissionBps()";
            const SELECTOR: [u8; 4] = [62u8, 23u8, 182u8, 0u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: maxCommissionBpsReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: maxCommissionBpsReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `minimumSelfStakeBps()` and selector `0x64818bd1`.
```solidity
function minimumSelfStakeBps() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct minimumSelfStakeBpsCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`minimumSelfStakeBps()`](minimumSelfStakeBpsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct minimumSelfStakeBpsReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<minimumSelfStakeBpsCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: minimumSelfStakeBpsCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for minimumSelfStakeBpsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<minimumSelfStakeBpsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: minimumSelfStakeBpsReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for minimumSelfStakeBpsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for minimumSelfStakeBpsCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "minimumSelfStakeBps()";
            const SELECTOR: [u8; 4] = [100u8, 129u8, 139u8, 209u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: minimumSelfStakeBpsReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: minimumSelfStakeBpsReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `nodes()` and selector `0x5db82fa0`.
```solidity
function nodes() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct nodesCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`nodes()`](nodesCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct nodesReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<nodesCall> for UnderlyingRustTuple<'_> {
                fn from(value: nodesCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for nodesCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<nodesReturn> for UnderlyingRustTuple<'_> {
                fn from(value: nodesReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for nodesReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for nodesCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "nodes()";
            const SELECTOR: [u8; 4] = [93u8, 184u8, 47u8, 160u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: nodesReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: nodesReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `notifyStakingRewards(uint256)` and selector `0x63264baa`.
```solidity
function notifyStakingRewards(uint256 amount) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct notifyStakingRewardsCall {
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`notifyStakingRewards(uint256)`](notifyStakingRewardsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct notifyStakingRewardsReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<notifyStakingRewardsCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: notifyStakingRewardsCall) -> Self {
                    (value.amount,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for notifyStakingRewardsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { amount: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<notifyStakingRewardsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: notifyStakingRewardsReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for notifyStakingRewardsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl notifyStakingRewardsReturn {
            fn _tokenize(
                &self,
            ) -> <notifyStakingRewardsCall as alloy_sol_types::SolCall>::ReturnToken<
                '_,
            > {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for notifyStakingRewardsCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = notifyStakingRewardsReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "notifyStakingRewards(uint256)";
            const SELECTOR: [u8; 4] = [99u8, 38u8, 75u8, 170u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                notifyStakingRewardsReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `onOwnStakeChanged(address,uint256)` and selector `0x08ac776b`.
```solidity
function onOwnStakeChanged(address operator, uint256 newStake) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct onOwnStakeChangedCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub newStake: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`onOwnStakeChanged(address,uint256)`](onOwnStakeChangedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct onOwnStakeChangedReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<onOwnStakeChangedCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: onOwnStakeChangedCall) -> Self {
                    (value.operator, value.newStake)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for onOwnStakeChangedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        operator: tuple.0,
                        newStake: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<onOwnStakeChangedReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: onOwnStakeChangedReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for onOwnStakeChangedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl onOwnStakeChangedReturn {
            fn _tokenize(
                &self,
            ) -> <onOwnStakeChangedCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for onOwnStakeChangedCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = onOwnStakeChangedReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "onOwnStakeChanged(address,uint256)";
            const SELECTOR: [u8; 4] = [8u8, 172u8, 119u8, 107u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.newStake),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                onOwnStakeChangedReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `onSlashed(address,uint256,uint256)` and selector `0x80af6ff6`.
```solidity
function onSlashed(address operator, uint256 bps, uint256 newOwnStake) external returns (uint256 amount);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct onSlashedCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub bps: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub newOwnStake: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`onSlashed(address,uint256,uint256)`](onSlashedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct onSlashedReturn {
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<onSlashedCall> for UnderlyingRustTuple<'_> {
                fn from(value: onSlashedCall) -> Self {
                    (value.operator, value.bps, value.newOwnStake)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for onSlashedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        operator: tuple.0,
                        bps: tuple.1,
                        newOwnStake: tuple.2,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<onSlashedReturn> for UnderlyingRustTuple<'_> {
                fn from(value: onSlashedReturn) -> Self {
                    (value.amount,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for onSlashedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { amount: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for onSlashedCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "onSlashed(address,uint256,uint256)";
            const SELECTOR: [u8; 4] = [128u8, 175u8, 111u8, 246u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.bps),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.newOwnStake),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: onSlashedReturn = r.into();
                        r.amount
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: onSlashedReturn = r.into();
                        r.amount
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `operatorRewards(address)` and selector `0x41a2b8d6`.
```solidity
function operatorRewards(address operator) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct operatorRewardsCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`operatorRewards(address)`](operatorRewardsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct operatorRewardsReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<operatorRewardsCall> for UnderlyingRustTuple<'_> {
                fn from(value: operatorRewardsCall) -> Self {
                    (value.operator,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for operatorRewardsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { operator: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<operatorRewardsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: operatorRewardsReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for operatorRewardsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for operatorRewardsCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "operatorRewards(address)";
            const SELECTOR: [u8; 4] = [65u8, 162u8, 184u8, 214u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: operatorRewardsReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: operatorRewardsReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `pool(address)` and selector `0x156522a8`.
```solidity
function pool(address operator) external view returns (IDelegation.PoolView memory view_);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct poolCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`pool(address)`](poolCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct poolReturn {
        #[allow(missing_docs)]
        pub view_: <IDelegation::PoolView as alloy::sol_types::SolType>::RustType,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<poolCall> for UnderlyingRustTuple<'_> {
                fn from(value: poolCall) -> Self {
                    (value.operator,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for poolCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { operator: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IDelegation::PoolView,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IDelegation::PoolView as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<poolReturn> for UnderlyingRustTuple<'_> {
                fn from(value: poolReturn) -> Self {
                    (value.view_,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for poolReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { view_: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for poolCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IDelegation::PoolView as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IDelegation::PoolView,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "pool(address)";
            const SELECTOR: [u8; 4] = [21u8, 101u8, 34u8, 168u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<IDelegation::PoolView as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: poolReturn = r.into();
                        r.view_
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: poolReturn = r.into();
                        r.view_
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `proxiableUUID()` and selector `0x52d1902d`.
```solidity
function proxiableUUID() external view returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proxiableUUIDCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`proxiableUUID()`](proxiableUUIDCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct proxiableUUIDReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<proxiableUUIDCall> for UnderlyingRustTuple<'_> {
                fn from(value: proxiableUUIDCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for proxiableUUIDCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<proxiableUUIDReturn> for UnderlyingRustTuple<'_> {
                fn from(value: proxiableUUIDReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for proxiableUUIDReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for proxiableUUIDCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "proxiableUUID()";
            const SELECTOR: [u8; 4] = [82u8, 209u8, 144u8, 45u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: proxiableUUIDReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: proxiableUUIDReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `redelegate(address,address,uint256)` and selector `0x6bd8f804`.
```solidity
function redelegate(address from, address to, uint256 amount) external returns (uint256 sharesMinted);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct redelegateCall {
        #[allow(missing_docs)]
        pub from: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub to: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`redelegate(address,address,uint256)`](redelegateCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct redelegateReturn {
        #[allow(missing_docs)]
        pub sharesMinted: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<redelegateCall> for UnderlyingRustTuple<'_> {
                fn from(value: redelegateCall) -> Self {
                    (value.from, value.to, value.amount)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for redelegateCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        from: tuple.0,
                        to: tuple.1,
                        amount: tuple.2,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<redelegateReturn> for UnderlyingRustTuple<'_> {
                fn from(value: redelegateReturn) -> Self {
                    (value.sharesMinted,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for redelegateReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { sharesMinted: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for redelegateCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "redelegate(address,address,uint256)";
            const SELECTOR: [u8; 4] = [107u8, 216u8, 248u8, 4u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.from,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.to,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: redelegateReturn = r.into();
                        r.sharesMinted
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: redelegateReturn = r.into();
                        r.sharesMinted
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `renounceRole(bytes32,address)` and selector `0x36568abe`.
```solidity
function renounceRole(bytes32 role, address callerConfirmation) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct renounceRoleCall {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub callerConfirmation: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`renounceRole(bytes32,address)`](renounceRoleCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct renounceRoleReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::Address,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<renounceRoleCall> for UnderlyingRustTuple<'_> {
                fn from(value: renounceRoleCall) -> Self {
                    (value.role, value.callerConfirmation)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for renounceRoleCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        role: tuple.0,
                        callerConfirmation: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<renounceRoleReturn> for UnderlyingRustTuple<'_> {
                fn from(value: renounceRoleReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for renounceRoleReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl renounceRoleReturn {
            fn _tokenize(
                &self,
            ) -> <renounceRoleCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for renounceRoleCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = renounceRoleReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "renounceRole(bytes32,address)";
            const SELECTOR: [u8; 4] = [54u8, 86u8, 138u8, 190u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.role),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.callerConfirmation,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                renounceRoleReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `revokeRole(bytes32,address)` and selector `0xd547741f`.
```solidity
function revokeRole(bytes32 role, address account) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct revokeRoleCall {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`revokeRole(bytes32,address)`](revokeRoleCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct revokeRoleReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::Address,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<revokeRoleCall> for UnderlyingRustTuple<'_> {
                fn from(value: revokeRoleCall) -> Self {
                    (value.role, value.account)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for revokeRoleCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        role: tuple.0,
                        account: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<revokeRoleReturn> for UnderlyingRustTuple<'_> {
                fn from(value: revokeRoleReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for revokeRoleReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl revokeRoleReturn {
            fn _tokenize(
                &self,
            ) -> <revokeRoleCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for revokeRoleCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = revokeRoleReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "revokeRole(bytes32,address)";
            const SELECTOR: [u8; 4] = [213u8, 71u8, 116u8, 31u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.role),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                revokeRoleReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `selectionManager()` and selector `0x3e91adca`.
```solidity
function selectionManager() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct selectionManagerCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`selectionManager()`](selectionManagerCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct selectionManagerReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<selectionManagerCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: selectionManagerCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for selectionManagerCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<selectionManagerReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: selectionManagerReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for selectionManagerReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for selectionManagerCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "selectionManager()";
            const SELECTOR: [u8; 4] = [62u8, 145u8, 173u8, 202u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: selectionManagerReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: selectionManagerReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `setCommission(uint256)` and selector `0x355e6b43`.
```solidity
function setCommission(uint256 bps) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setCommissionCall {
        #[allow(missing_docs)]
        pub bps: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`setCommission(uint256)`](setCommissionCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setCommissionReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setCommissionCall> for UnderlyingRustTuple<'_> {
                fn from(value: setCommissionCall) -> Self {
                    (value.bps,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setCommissionCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { bps: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setCommissionReturn> for UnderlyingRustTuple<'_> {
                fn from(value: setCommissionReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setCommissionReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setCommissionReturn {
            fn _tokenize(
                &self,
            ) -> <setCommissionCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setCommissionCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setCommissionReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setCommission(uint256)";
            const SELECTOR: [u8; 4] = [53u8, 94u8, 107u8, 67u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.bps),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setCommissionReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `setMaxCommissionBps(uint256)` and selector `0x845dae24`.
```solidity
function setMaxCommissionBps(uint256 bps) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setMaxCommissionBpsCall {
        #[allow(missing_docs)]
        pub bps: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`setMaxCommissionBps(uint256)`](setMaxCommissionBpsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setMaxCommissionBpsReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setMaxCommissionBpsCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: setMaxCommissionBpsCall) -> Self {
                    (value.bps,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setMaxCommissionBpsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { bps: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setMaxCommissionBpsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: setMaxCommissionBpsReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setMaxCommissionBpsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setMaxCommissionBpsReturn {
            fn _tokenize(
                &self,
            ) -> <setMaxCommissionBpsCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setMaxCommissionBpsCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setMaxCommissionBpsReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setMaxCommissionBps(uint256)";
            const SELECTOR: [u8; 4] = [132u8, 93u8, 174u8, 36u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.bps),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setMaxCommissionBpsReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `setMinimumSelfStakeBps(uint256)` and selector `0x0995ad4c`.
```solidity
function setMinimumSelfStakeBps(uint256 bps) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setMinimumSelfStakeBpsCall {
        #[allow(missing_docs)]
        pub bps: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`setMinimumSelfStakeBps(uint256)`](setMinimumSelfStakeBpsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setMinimumSelfStakeBpsReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setMinimumSelfStakeBpsCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: setMinimumSelfStakeBpsCall) -> Self {
                    (value.bps,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setMinimumSelfStakeBpsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { bps: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setMinimumSelfStakeBpsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: setMinimumSelfStakeBpsReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setMinimumSelfStakeBpsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setMinimumSelfStakeBpsReturn {
            fn _tokenize(
                &self,
            ) -> <setMinimumSelfStakeBpsCall as alloy_sol_types::SolCall>::ReturnToken<
                '_,
            > {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setMinimumSelfStakeBpsCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setMinimumSelfStakeBpsReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setMinimumSelfStakeBps(uint256)";
            const SELECTOR: [u8; 4] = [9u8, 149u8, 173u8, 76u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.bps),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setMinimumSelfStakeBpsReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `slashableOf(address)` and selector `0x1129ee37`.
```solidity
function slashableOf(address operator) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slashableOfCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`slashableOf(address)`](slashableOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slashableOfReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<slashableOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: slashableOfCall) -> Self {
                    (value.operator,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slashableOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { operator: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<slashableOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: slashableOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slashableOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for slashableOfCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "slashableOf(address)";
            const SELECTOR: [u8; 4] = [17u8, 41u8, 238u8, 55u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: slashableOfReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: slashableOfReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `stakingRewardTotals()` and selector `0x47590a0f`.
```solidity
function stakingRewardTotals() external view returns (uint256 notified, uint256 claimed);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct stakingRewardTotalsCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`stakingRewardTotals()`](stakingRewardTotalsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct stakingRewardTotalsReturn {
        #[allow(missing_docs)]
        pub notified: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub claimed: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<stakingRewardTotalsCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: stakingRewardTotalsCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for stakingRewardTotalsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<stakingRewardTotalsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: stakingRewardTotalsReturn) -> Self {
                    (value.notified, value.claimed)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for stakingRewardTotalsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        notified: tuple.0,
                        claimed: tuple.1,
                    }
                }
            }
        }
        impl stakingRewardTotalsReturn {
            fn _tokenize(
                &self,
            ) -> <stakingRewardTotalsCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.notified),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.claimed),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for stakingRewardTotalsCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = stakingRewardTotalsReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "stakingRewardTotals()";
            const SELECTOR: [u8; 4] = [71u8, 89u8, 10u8, 15u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                stakingRewardTotalsReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `supportsInterface(bytes4)` and selector `0x01ffc9a7`.
```solidity
function supportsInterface(bytes4 interfaceId) external view returns (bool);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct supportsInterfaceCall {
        #[allow(missing_docs)]
        pub interfaceId: alloy::sol_types::private::FixedBytes<4>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`supportsInterface(bytes4)`](supportsInterfaceCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct supportsInterfaceReturn {
        #[allow(missing_docs)]
        pub _0: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<4>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<4>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<supportsInterfaceCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: supportsInterfaceCall) -> Self {
                    (value.interfaceId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for supportsInterfaceCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { interfaceId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<supportsInterfaceReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: supportsInterfaceReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for supportsInterfaceReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for supportsInterfaceCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<4>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "supportsInterface(bytes4)";
            const SELECTOR: [u8; 4] = [1u8, 255u8, 201u8, 167u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        4,
                    > as alloy_sol_types::SolType>::tokenize(&self.interfaceId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: supportsInterfaceReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: supportsInterfaceReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `syncPool(address)` and selector `0x8fb2e2c2`.
```solidity
function syncPool(address operator) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct syncPoolCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`syncPool(address)`](syncPoolCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct syncPoolReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<syncPoolCall> for UnderlyingRustTuple<'_> {
                fn from(value: syncPoolCall) -> Self {
                    (value.operator,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for syncPoolCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { operator: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<syncPoolReturn> for UnderlyingRustTuple<'_> {
                fn from(value: syncPoolReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for syncPoolReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl syncPoolReturn {
            fn _tokenize(
                &self,
            ) -> <syncPoolCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for syncPoolCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = syncPoolReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "syncPool(address)";
            const SELECTOR: [u8; 4] = [143u8, 178u8, 226u8, 194u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                syncPoolReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `treasury()` and selector `0x61d027b3`.
```solidity
function treasury() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct treasuryCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`treasury()`](treasuryCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct treasuryReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<treasuryCall> for UnderlyingRustTuple<'_> {
                fn from(value: treasuryCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for treasuryCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<treasuryReturn> for UnderlyingRustTuple<'_> {
                fn from(value: treasuryReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for treasuryReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for treasuryCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "treasury()";
            const SELECTOR: [u8; 4] = [97u8, 208u8, 39u8, 179u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: treasuryReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: treasuryReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `undelegate(address,uint256)` and selector `0x4d99dd16`.
```solidity
function undelegate(address operator, uint256 amount) external returns (uint256 shares);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct undelegateCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`undelegate(address,uint256)`](undelegateCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct undelegateReturn {
        #[allow(missing_docs)]
        pub shares: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<undelegateCall> for UnderlyingRustTuple<'_> {
                fn from(value: undelegateCall) -> Self {
                    (value.operator, value.amount)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for undelegateCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        operator: tuple.0,
                        amount: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<undelegateReturn> for UnderlyingRustTuple<'_> {
                fn from(value: undelegateReturn) -> Self {
                    (value.shares,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for undelegateReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { shares: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for undelegateCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "undelegate(address,uint256)";
            const SELECTOR: [u8; 4] = [77u8, 153u8, 221u8, 22u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: undelegateReturn = r.into();
                        r.shares
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: undelegateReturn = r.into();
                        r.shares
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `upgradeToAndCall(address,bytes)` and selector `0x4f1ef286`.
```solidity
function upgradeToAndCall(address newImplementation, bytes memory data) external payable;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct upgradeToAndCallCall {
        #[allow(missing_docs)]
        pub newImplementation: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub data: alloy::sol_types::private::Bytes,
    }
    ///Container type for the return parameters of the [`upgradeToAndCall(address,bytes)`](upgradeToAndCallCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct upgradeToAndCallReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Bytes,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Bytes,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<upgradeToAndCallCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: upgradeToAndCallCall) -> Self {
                    (value.newImplementation, value.data)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for upgradeToAndCallCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        newImplementation: tuple.0,
                        data: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<upgradeToAndCallReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: upgradeToAndCallReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for upgradeToAndCallReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl upgradeToAndCallReturn {
            fn _tokenize(
                &self,
            ) -> <upgradeToAndCallCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for upgradeToAndCallCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Bytes,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = upgradeToAndCallReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "upgradeToAndCall(address,bytes)";
            const SELECTOR: [u8; 4] = [79u8, 30u8, 242u8, 134u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.newImplementation,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.data,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                upgradeToAndCallReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `withdrawUnbonded(address)` and selector `0xaeffaa47`.
```solidity
function withdrawUnbonded(address operator) external returns (uint256 amount);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct withdrawUnbondedCall {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`withdrawUnbonded(address)`](withdrawUnbondedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct withdrawUnbondedReturn {
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<withdrawUnbondedCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: withdrawUnbondedCall) -> Self {
                    (value.operator,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for withdrawUnbondedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { operator: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<withdrawUnbondedReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: withdrawUnbondedReturn) -> Self {
                    (value.amount,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for withdrawUnbondedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { amount: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for withdrawUnbondedCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "withdrawUnbonded(address)";
            const SELECTOR: [u8; 4] = [174u8, 255u8, 170u8, 71u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.operator,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: withdrawUnbondedReturn = r.into();
                        r.amount
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: withdrawUnbondedReturn = r.into();
                        r.amount
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `xmtpToken()` and selector `0x929ac35f`.
```solidity
function xmtpToken() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct xmtpTokenCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`xmtpToken()`](xmtpTokenCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct xmtpTokenReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<xmtpTokenCall> for UnderlyingRustTuple<'_> {
                fn from(value: xmtpTokenCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for xmtpTokenCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<xmtpTokenReturn> for UnderlyingRustTuple<'_> {
                fn from(value: xmtpTokenReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for xmtpTokenReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for xmtpTokenCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "xmtpToken()";
            const SELECTOR: [u8; 4] = [146u8, 154u8, 195u8, 95u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: xmtpTokenReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: xmtpTokenReturn = r.into();
                        r._0
                    })
            }
        }
    };
    ///Container for all the [`Delegation`](self) function calls.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive()]
    pub enum DelegationCalls {
        #[allow(missing_docs)]
        DEFAULT_ADMIN_ROLE(DEFAULT_ADMIN_ROLECall),
        #[allow(missing_docs)]
        DEFAULT_MAX_COMMISSION_BPS(DEFAULT_MAX_COMMISSION_BPSCall),
        #[allow(missing_docs)]
        DEFAULT_MINIMUM_SELF_STAKE_BPS(DEFAULT_MINIMUM_SELF_STAKE_BPSCall),
        #[allow(missing_docs)]
        MAX_COMMISSION_CAP_BPS(MAX_COMMISSION_CAP_BPSCall),
        #[allow(missing_docs)]
        MIN_SELF_STAKE_FLOOR_BPS(MIN_SELF_STAKE_FLOOR_BPSCall),
        #[allow(missing_docs)]
        REWARD_INTERVAL(REWARD_INTERVALCall),
        #[allow(missing_docs)]
        UPGRADE_INTERFACE_VERSION(UPGRADE_INTERFACE_VERSIONCall),
        #[allow(missing_docs)]
        claimStakingRewards(claimStakingRewardsCall),
        #[allow(missing_docs)]
        claimableStakingRewards(claimableStakingRewardsCall),
        #[allow(missing_docs)]
        delegate(delegateCall),
        #[allow(missing_docs)]
        delegatedTo(delegatedToCall),
        #[allow(missing_docs)]
        delegation(delegationCall),
        #[allow(missing_docs)]
        getRoleAdmin(getRoleAdminCall),
        #[allow(missing_docs)]
        grantRole(grantRoleCall),
        #[allow(missing_docs)]
        hasRole(hasRoleCall),
        #[allow(missing_docs)]
        heldStakingRewards(heldStakingRewardsCall),
        #[allow(missing_docs)]
        initialize(initializeCall),
        #[allow(missing_docs)]
        intervalOf(intervalOfCall),
        #[allow(missing_docs)]
        isEligible(isEligibleCall),
        #[allow(missing_docs)]
        maxCommissionBps(maxCommissionBpsCall),
        #[allow(missing_docs)]
        minimumSelfStakeBps(minimumSelfStakeBpsCall),
        #[allow(missing_docs)]
        nodes(nodesCall),
        #[allow(missing_docs)]
        notifyStakingRewards(notifyStakingRewardsCall),
        #[allow(missing_docs)]
        onOwnStakeChanged(onOwnStakeChangedCall),
        #[allow(missing_docs)]
        onSlashed(onSlashedCall),
        #[allow(missing_docs)]
        operatorRewards(operatorRewardsCall),
        #[allow(missing_docs)]
        pool(poolCall),
        #[allow(missing_docs)]
        proxiableUUID(proxiableUUIDCall),
        #[allow(missing_docs)]
        redelegate(redelegateCall),
        #[allow(missing_docs)]
        renounceRole(renounceRoleCall),
        #[allow(missing_docs)]
        revokeRole(revokeRoleCall),
        #[allow(missing_docs)]
        selectionManager(selectionManagerCall),
        #[allow(missing_docs)]
        setCommission(setCommissionCall),
        #[allow(missing_docs)]
        setMaxCommissionBps(setMaxCommissionBpsCall),
        #[allow(missing_docs)]
        setMinimumSelfStakeBps(setMinimumSelfStakeBpsCall),
        #[allow(missing_docs)]
        slashableOf(slashableOfCall),
        #[allow(missing_docs)]
        stakingRewardTotals(stakingRewardTotalsCall),
        #[allow(missing_docs)]
        supportsInterface(supportsInterfaceCall),
        #[allow(missing_docs)]
        syncPool(syncPoolCall),
        #[allow(missing_docs)]
        treasury(treasuryCall),
        #[allow(missing_docs)]
        undelegate(undelegateCall),
        #[allow(missing_docs)]
        upgradeToAndCall(upgradeToAndCallCall),
        #[allow(missing_docs)]
        withdrawUnbonded(withdrawUnbondedCall),
        #[allow(missing_docs)]
        xmtpToken(xmtpTokenCall),
    }
    impl DelegationCalls {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [1u8, 255u8, 201u8, 167u8],
            [2u8, 110u8, 64u8, 43u8],
            [4u8, 109u8, 51u8, 7u8],
            [8u8, 172u8, 119u8, 107u8],
            [9u8, 149u8, 173u8, 76u8],
            [17u8, 41u8, 238u8, 55u8],
            [21u8, 101u8, 34u8, 168u8],
            [27u8, 145u8, 3u8, 119u8],
            [36u8, 138u8, 156u8, 163u8],
            [38u8, 45u8, 222u8, 195u8],
            [47u8, 47u8, 241u8, 93u8],
            [50u8, 129u8, 167u8, 142u8],
            [53u8, 94u8, 107u8, 67u8],
            [54u8, 86u8, 138u8, 190u8],
            [57u8, 149u8, 92u8, 244u8],
            [62u8, 23u8, 182u8, 0u8],
            [62u8, 145u8, 173u8, 202u8],
            [65u8, 162u8, 184u8, 214u8],
            [71u8, 89u8, 10u8, 15u8],
            [77u8, 153u8, 221u8, 22u8],
            [79u8, 30u8, 242u8, 134u8],
            [82u8, 209u8, 144u8, 45u8],
            [84u8, 59u8, 231u8, 49u8],
            [93u8, 184u8, 47u8, 160u8],
            [93u8, 189u8, 218u8, 105u8],
            [97u8, 208u8, 39u8, 179u8],
            [99u8, 38u8, 75u8, 170u8],
            [100u8, 129u8, 139u8, 209u8],
            [101u8, 218u8, 18u8, 100u8],
            [107u8, 216u8, 248u8, 4u8],
            [124u8, 140u8, 51u8, 148u8],
            [128u8, 175u8, 111u8, 246u8],
            [132u8, 93u8, 174u8, 36u8],
            [143u8, 178u8, 226u8, 194u8],
            [145u8, 209u8, 72u8, 84u8],
            [146u8, 154u8, 195u8, 95u8],
            [150u8, 187u8, 31u8, 239u8],
            [162u8, 23u8, 253u8, 223u8],
            [173u8, 60u8, 177u8, 204u8],
            [174u8, 255u8, 170u8, 71u8],
            [179u8, 105u8, 175u8, 113u8],
            [213u8, 71u8, 116u8, 31u8],
            [215u8, 175u8, 238u8, 71u8],
            [248u8, 200u8, 118u8, 94u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(supportsInterface),
            ::core::stringify!(delegate),
            ::core::stringify!(delegation),
            ::core::stringify!(onOwnStakeChanged),
            ::core::stringify!(setMinimumSelfStakeBps),
            ::core::stringify!(slashableOf),
            ::core::stringify!(pool),
            ::core::stringify!(MAX_COMMISSION_CAP_BPS),
            ::core::stringify!(getRoleAdmin),
            ::core::stringify!(DEFAULT_MAX_COMMISSION_BPS),
            ::core::stringify!(grantRole),
            ::core::stringify!(isEligible),
            ::core::stringify!(setCommission),
            ::core::stringify!(renounceRole),
            ::core::stringify!(heldStakingRewards),
            ::core::stringify!(maxCommissionBps),
            ::core::stringify!(selectionManager),
            ::core::stringify!(operatorRewards),
            ::core::stringify!(stakingRewardTotals),
            ::core::stringify!(undelegate),
            ::core::stringify!(upgradeToAndCall),
            ::core::stringify!(proxiableUUID),
            ::core::stringify!(claimableStakingRewards),
            ::core::stringify!(nodes),
            ::core::stringify!(REWARD_INTERVAL),
            ::core::stringify!(treasury),
            ::core::stringify!(notifyStakingRewards),
            ::core::stringify!(minimumSelfStakeBps),
            ::core::stringify!(delegatedTo),
            ::core::stringify!(redelegate),
            ::core::stringify!(MIN_SELF_STAKE_FLOOR_BPS),
            ::core::stringify!(onSlashed),
            ::core::stringify!(setMaxCommissionBps),
            ::core::stringify!(syncPool),
            ::core::stringify!(hasRole),
            ::core::stringify!(xmtpToken),
            ::core::stringify!(claimStakingRewards),
            ::core::stringify!(DEFAULT_ADMIN_ROLE),
            ::core::stringify!(UPGRADE_INTERFACE_VERSION),
            ::core::stringify!(withdrawUnbonded),
            ::core::stringify!(intervalOf),
            ::core::stringify!(revokeRole),
            ::core::stringify!(DEFAULT_MINIMUM_SELF_STAKE_BPS),
            ::core::stringify!(initialize),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <supportsInterfaceCall as alloy_sol_types::SolCall>::SIGNATURE,
            <delegateCall as alloy_sol_types::SolCall>::SIGNATURE,
            <delegationCall as alloy_sol_types::SolCall>::SIGNATURE,
            <onOwnStakeChangedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setMinimumSelfStakeBpsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <slashableOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <poolCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_COMMISSION_CAP_BPSCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getRoleAdminCall as alloy_sol_types::SolCall>::SIGNATURE,
            <DEFAULT_MAX_COMMISSION_BPSCall as alloy_sol_types::SolCall>::SIGNATURE,
            <grantRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <isEligibleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setCommissionCall as alloy_sol_types::SolCall>::SIGNATURE,
            <renounceRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <heldStakingRewardsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <maxCommissionBpsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <selectionManagerCall as alloy_sol_types::SolCall>::SIGNATURE,
            <operatorRewardsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <stakingRewardTotalsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <undelegateCall as alloy_sol_types::SolCall>::SIGNATURE,
            <upgradeToAndCallCall as alloy_sol_types::SolCall>::SIGNATURE,
            <proxiableUUIDCall as alloy_sol_types::SolCall>::SIGNATURE,
            <claimableStakingRewardsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <nodesCall as alloy_sol_types::SolCall>::SIGNATURE,
            <REWARD_INTERVALCall as alloy_sol_types::SolCall>::SIGNATURE,
            <treasuryCall as alloy_sol_types::SolCall>::SIGNATURE,
            <notifyStakingRewardsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <minimumSelfStakeBpsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <delegatedToCall as alloy_sol_types::SolCall>::SIGNATURE,
            <redelegateCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MIN_SELF_STAKE_FLOOR_BPSCall as alloy_sol_types::SolCall>::SIGNATURE,
            <onSlashedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setMaxCommissionBpsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <syncPoolCall as alloy_sol_types::SolCall>::SIGNATURE,
            <hasRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <xmtpTokenCall as alloy_sol_types::SolCall>::SIGNATURE,
            <claimStakingRewardsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::SIGNATURE,
            <UPGRADE_INTERFACE_VERSIONCall as alloy_sol_types::SolCall>::SIGNATURE,
            <withdrawUnbondedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <intervalOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <revokeRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <DEFAULT_MINIMUM_SELF_STAKE_BPSCall as alloy_sol_types::SolCall>::SIGNATURE,
            <initializeCall as alloy_sol_types::SolCall>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => {
                    ::core::option::Option::Some(Self::SIGNATURES[idx])
                }
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolInterface for DelegationCalls {
        const NAME: &'static str = "DelegationCalls";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 44usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::DEFAULT_ADMIN_ROLE(_) => {
                    <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::DEFAULT_MAX_COMMISSION_BPS(_) => {
                    <DEFAULT_MAX_COMMISSION_BPSCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::DEFAULT_MINIMUM_SELF_STAKE_BPS(_) => {
                    <DEFAULT_MINIMUM_SELF_STAKE_BPSCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MAX_COMMISSION_CAP_BPS(_) => {
                    <MAX_COMMISSION_CAP_BPSCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MIN_SELF_STAKE_FLOOR_BPS(_) => {
                    <MIN_SELF_STAKE_FLOOR_BPSCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::REWARD_INTERVAL(_) => {
                    <REWARD_INTERVALCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::UPGRADE_INTERFACE_VERSION(_) => {
                    <UPGRADE_INTERFACE_VERSIONCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::claimStakingRewards(_) => {
                    <claimStakingRewardsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::claimableStakingRewards(_) => {
                    <claimableStakingRewardsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::delegate(_) => <delegateCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::delegatedTo(_) => {
                    <delegatedToCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::delegation(_) => {
                    <delegationCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::getRoleAdmin(_) => {
                    <getRoleAdminCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::grantRole(_) => {
                    <grantRoleCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::hasRole(_) => <hasRoleCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::heldStakingRewards(_) => {
                    <heldStakingRewardsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::initialize(_) => {
                    <initializeCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::intervalOf(_) => {
                    <intervalOfCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::isEligible(_) => {
                    <isEligibleCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::maxCommissionBps(_) => {
                    <maxCommissionBpsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::minimumSelfStakeBps(_) => {
                    <minimumSelfStakeBpsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::nodes(_) => <nodesCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::notifyStakingRewards(_) => {
                    <notifyStakingRewardsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::onOwnStakeChanged(_) => {
                    <onOwnStakeChangedCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::onSlashed(_) => {
                    <onSlashedCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::operatorRewards(_) => {
                    <operatorRewardsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::pool(_) => <poolCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::proxiableUUID(_) => {
                    <proxiableUUIDCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::redelegate(_) => {
                    <redelegateCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::renounceRole(_) => {
                    <renounceRoleCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::revokeRole(_) => {
                    <revokeRoleCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::selectionManager(_) => {
                    <selectionManagerCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setCommission(_) => {
                    <setCommissionCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setMaxCommissionBps(_) => {
                    <setMaxCommissionBpsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setMinimumSelfStakeBps(_) => {
                    <setMinimumSelfStakeBpsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::slashableOf(_) => {
                    <slashableOfCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::stakingRewardTotals(_) => {
                    <stakingRewardTotalsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::supportsInterface(_) => {
                    <supportsInterfaceCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::syncPool(_) => <syncPoolCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::treasury(_) => <treasuryCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::undelegate(_) => {
                    <undelegateCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::upgradeToAndCall(_) => {
                    <upgradeToAndCallCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::withdrawUnbonded(_) => {
                    <withdrawUnbondedCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::xmtpToken(_) => {
                    <xmtpTokenCall as alloy_sol_types::SolCall>::SELECTOR
                }
            }
        }
        #[inline]
        fn selector_at(i: usize) -> ::core::option::Option<[u8; 4]> {
            Self::SELECTORS.get(i).copied()
        }
        #[inline]
        fn valid_selector(selector: [u8; 4]) -> bool {
            Self::SELECTORS.binary_search(&selector).is_ok()
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<DelegationCalls>] = &[
                {
                    fn supportsInterface(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::supportsInterface)
                    }
                    supportsInterface
                },
                {
                    fn delegate(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <delegateCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DelegationCalls::delegate)
                    }
                    delegate
                },
                {
                    fn delegation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <delegationCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::delegation)
                    }
                    delegation
                },
                {
                    fn onOwnStakeChanged(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <onOwnStakeChangedCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::onOwnStakeChanged)
                    }
                    onOwnStakeChanged
                },
                {
                    fn setMinimumSelfStakeBps(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <setMinimumSelfStakeBpsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::setMinimumSelfStakeBps)
                    }
                    setMinimumSelfStakeBps
                },
                {
                    fn slashableOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <slashableOfCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::slashableOf)
                    }
                    slashableOf
                },
                {
                    fn pool(data: &[u8]) -> alloy_sol_types::Result<DelegationCalls> {
                        <poolCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DelegationCalls::pool)
                    }
                    pool
                },
                {
                    fn MAX_COMMISSION_CAP_BPS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <MAX_COMMISSION_CAP_BPSCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::MAX_COMMISSION_CAP_BPS)
                    }
                    MAX_COMMISSION_CAP_BPS
                },
                {
                    fn getRoleAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <getRoleAdminCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::getRoleAdmin)
                    }
                    getRoleAdmin
                },
                {
                    fn DEFAULT_MAX_COMMISSION_BPS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <DEFAULT_MAX_COMMISSION_BPSCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::DEFAULT_MAX_COMMISSION_BPS)
                    }
                    DEFAULT_MAX_COMMISSION_BPS
                },
                {
                    fn grantRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <grantRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DelegationCalls::grantRole)
                    }
                    grantRole
                },
                {
                    fn isEligible(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <isEligibleCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::isEligible)
                    }
                    isEligible
                },
                {
                    fn setCommission(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <setCommissionCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::setCommission)
                    }
                    setCommission
                },
                {
                    fn renounceRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <renounceRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::renounceRole)
                    }
                    renounceRole
                },
                {
                    fn heldStakingRewards(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <heldStakingRewardsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::heldStakingRewards)
                    }
                    heldStakingRewards
                },
                {
                    fn maxCommissionBps(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <maxCommissionBpsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::maxCommissionBps)
                    }
                    maxCommissionBps
                },
                {
                    fn selectionManager(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <selectionManagerCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::selectionManager)
                    }
                    selectionManager
                },
                {
                    fn operatorRewards(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <operatorRewardsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::operatorRewards)
                    }
                    operatorRewards
                },
                {
                    fn stakingRewardTotals(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <stakingRewardTotalsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::stakingRewardTotals)
                    }
                    stakingRewardTotals
                },
                {
                    fn undelegate(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <undelegateCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::undelegate)
                    }
                    undelegate
                },
                {
                    fn upgradeToAndCall(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <upgradeToAndCallCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::upgradeToAndCall)
                    }
                    upgradeToAndCall
                },
                {
                    fn proxiableUUID(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <proxiableUUIDCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::proxiableUUID)
                    }
                    proxiableUUID
                },
                {
                    fn claimableStakingRewards(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <claimableStakingRewardsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::claimableStakingRewards)
                    }
                    claimableStakingRewards
                },
                {
                    fn nodes(data: &[u8]) -> alloy_sol_types::Result<DelegationCalls> {
                        <nodesCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DelegationCalls::nodes)
                    }
                    nodes
                },
                {
                    fn REWARD_INTERVAL(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <REWARD_INTERVALCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::REWARD_INTERVAL)
                    }
                    REWARD_INTERVAL
                },
                {
                    fn treasury(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <treasuryCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DelegationCalls::treasury)
                    }
                    treasury
                },
                {
                    fn notifyStakingRewards(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <notifyStakingRewardsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::notifyStakingRewards)
                    }
                    notifyStakingRewards
                },
                {
                    fn minimumSelfStakeBps(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <minimumSelfStakeBpsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::minimumSelfStakeBps)
                    }
                    minimumSelfStakeBps
                },
                {
                    fn delegatedTo(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <delegatedToCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::delegatedTo)
                    }
                    delegatedTo
                },
                {
                    fn redelegate(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <redelegateCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::redelegate)
                    }
                    redelegate
                },
                {
                    fn MIN_SELF_STAKE_FLOOR_BPS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <MIN_SELF_STAKE_FLOOR_BPSCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::MIN_SELF_STAKE_FLOOR_BPS)
                    }
                    MIN_SELF_STAKE_FLOOR_BPS
                },
                {
                    fn onSlashed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <onSlashedCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DelegationCalls::onSlashed)
                    }
                    onSlashed
                },
                {
                    fn setMaxCommissionBps(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <setMaxCommissionBpsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::setMaxCommissionBps)
                    }
                    setMaxCommissionBps
                },
                {
                    fn syncPool(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <syncPoolCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DelegationCalls::syncPool)
                    }
                    syncPool
                },
                {
                    fn hasRole(data: &[u8]) -> alloy_sol_types::Result<DelegationCalls> {
                        <hasRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DelegationCalls::hasRole)
                    }
                    hasRole
                },
                {
                    fn xmtpToken(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <xmtpTokenCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(DelegationCalls::xmtpToken)
                    }
                    xmtpToken
                },
                {
                    fn claimStakingRewards(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <claimStakingRewardsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::claimStakingRewards)
                    }
                    claimStakingRewards
                },
                {
                    fn DEFAULT_ADMIN_ROLE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::DEFAULT_ADMIN_ROLE)
                    }
                    DEFAULT_ADMIN_ROLE
                },
                {
                    fn UPGRADE_INTERFACE_VERSION(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <UPGRADE_INTERFACE_VERSIONCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::UPGRADE_INTERFACE_VERSION)
                    }
                    UPGRADE_INTERFACE_VERSION
                },
                {
                    fn withdrawUnbonded(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <withdrawUnbondedCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::withdrawUnbonded)
                    }
                    withdrawUnbonded
                },
                {
                    fn intervalOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <intervalOfCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::intervalOf)
                    }
                    intervalOf
                },
                {
                    fn revokeRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <revokeRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::revokeRole)
                    }
                    revokeRole
                },
                {
                    fn DEFAULT_MINIMUM_SELF_STAKE_BPS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <DEFAULT_MINIMUM_SELF_STAKE_BPSCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::DEFAULT_MINIMUM_SELF_STAKE_BPS)
                    }
                    DEFAULT_MINIMUM_SELF_STAKE_BPS
                },
                {
                    fn initialize(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <initializeCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationCalls::initialize)
                    }
                    initialize
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_SHIMS[idx](data)
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw_validate(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_VALIDATE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<DelegationCalls>] = &[
                {
                    fn supportsInterface(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::supportsInterface)
                    }
                    supportsInterface
                },
                {
                    fn delegate(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <delegateCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::delegate)
                    }
                    delegate
                },
                {
                    fn delegation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <delegationCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::delegation)
                    }
                    delegation
                },
                {
                    fn onOwnStakeChanged(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <onOwnStakeChangedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::onOwnStakeChanged)
                    }
                    onOwnStakeChanged
                },
                {
                    fn setMinimumSelfStakeBps(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <setMinimumSelfStakeBpsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::setMinimumSelfStakeBps)
                    }
                    setMinimumSelfStakeBps
                },
                {
                    fn slashableOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <slashableOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::slashableOf)
                    }
                    slashableOf
                },
                {
                    fn pool(data: &[u8]) -> alloy_sol_types::Result<DelegationCalls> {
                        <poolCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::pool)
                    }
                    pool
                },
                {
                    fn MAX_COMMISSION_CAP_BPS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <MAX_COMMISSION_CAP_BPSCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::MAX_COMMISSION_CAP_BPS)
                    }
                    MAX_COMMISSION_CAP_BPS
                },
                {
                    fn getRoleAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <getRoleAdminCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::getRoleAdmin)
                    }
                    getRoleAdmin
                },
                {
                    fn DEFAULT_MAX_COMMISSION_BPS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <DEFAULT_MAX_COMMISSION_BPSCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::DEFAULT_MAX_COMMISSION_BPS)
                    }
                    DEFAULT_MAX_COMMISSION_BPS
                },
                {
                    fn grantRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <grantRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::grantRole)
                    }
                    grantRole
                },
                {
                    fn isEligible(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <isEligibleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::isEligible)
                    }
                    isEligible
                },
                {
                    fn setCommission(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <setCommissionCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::setCommission)
                    }
                    setCommission
                },
                {
                    fn renounceRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <renounceRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::renounceRole)
                    }
                    renounceRole
                },
                {
                    fn heldStakingRewards(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <heldStakingRewardsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::heldStakingRewards)
                    }
                    heldStakingRewards
                },
                {
                    fn maxCommissionBps(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <maxCommissionBpsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::maxCommissionBps)
                    }
                    maxCommissionBps
                },
                {
                    fn selectionManager(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <selectionManagerCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::selectionManager)
                    }
                    selectionManager
                },
                {
                    fn operatorRewards(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <operatorRewardsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::operatorRewards)
                    }
                    operatorRewards
                },
                {
                    fn stakingRewardTotals(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <stakingRewardTotalsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::stakingRewardTotals)
                    }
                    stakingRewardTotals
                },
                {
                    fn undelegate(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <undelegateCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::undelegate)
                    }
                    undelegate
                },
                {
                    fn upgradeToAndCall(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <upgradeToAndCallCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::upgradeToAndCall)
                    }
                    upgradeToAndCall
                },
                {
                    fn proxiableUUID(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <proxiableUUIDCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::proxiableUUID)
                    }
                    proxiableUUID
                },
                {
                    fn claimableStakingRewards(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <claimableStakingRewardsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::claimableStakingRewards)
                    }
                    claimableStakingRewards
                },
                {
                    fn nodes(data: &[u8]) -> alloy_sol_types::Result<DelegationCalls> {
                        <nodesCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::nodes)
                    }
                    nodes
                },
                {
                    fn REWARD_INTERVAL(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <REWARD_INTERVALCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::REWARD_INTERVAL)
                    }
                    REWARD_INTERVAL
                },
                {
                    fn treasury(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <treasuryCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::treasury)
                    }
                    treasury
                },
                {
                    fn notifyStakingRewards(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <notifyStakingRewardsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::notifyStakingRewards)
                    }
                    notifyStakingRewards
                },
                {
                    fn minimumSelfStakeBps(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <minimumSelfStakeBpsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::minimumSelfStakeBps)
                    }
                    minimumSelfStakeBps
                },
                {
                    fn delegatedTo(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <delegatedToCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::delegatedTo)
                    }
                    delegatedTo
                },
                {
                    fn redelegate(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <redelegateCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::redelegate)
                    }
                    redelegate
                },
                {
                    fn MIN_SELF_STAKE_FLOOR_BPS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <MIN_SELF_STAKE_FLOOR_BPSCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::MIN_SELF_STAKE_FLOOR_BPS)
                    }
                    MIN_SELF_STAKE_FLOOR_BPS
                },
                {
                    fn onSlashed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <onSlashedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::onSlashed)
                    }
                    onSlashed
                },
                {
                    fn setMaxCommissionBps(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <setMaxCommissionBpsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::setMaxCommissionBps)
                    }
                    setMaxCommissionBps
                },
                {
                    fn syncPool(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <syncPoolCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::syncPool)
                    }
                    syncPool
                },
                {
                    fn hasRole(data: &[u8]) -> alloy_sol_types::Result<DelegationCalls> {
                        <hasRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::hasRole)
                    }
                    hasRole
                },
                {
                    fn xmtpToken(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <xmtpTokenCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::xmtpToken)
                    }
                    xmtpToken
                },
                {
                    fn claimStakingRewards(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <claimStakingRewardsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::claimStakingRewards)
                    }
                    claimStakingRewards
                },
                {
                    fn DEFAULT_ADMIN_ROLE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::DEFAULT_ADMIN_ROLE)
                    }
                    DEFAULT_ADMIN_ROLE
                },
                {
                    fn UPGRADE_INTERFACE_VERSION(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <UPGRADE_INTERFACE_VERSIONCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::UPGRADE_INTERFACE_VERSION)
                    }
                    UPGRADE_INTERFACE_VERSION
                },
                {
                    fn withdrawUnbonded(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <withdrawUnbondedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::withdrawUnbonded)
                    }
                    withdrawUnbonded
                },
                {
                    fn intervalOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <intervalOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::intervalOf)
                    }
                    intervalOf
                },
                {
                    fn revokeRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <revokeRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::revokeRole)
                    }
                    revokeRole
                },
                {
                    fn DEFAULT_MINIMUM_SELF_STAKE_BPS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <DEFAULT_MINIMUM_SELF_STAKE_BPSCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::DEFAULT_MINIMUM_SELF_STAKE_BPS)
                    }
                    DEFAULT_MINIMUM_SELF_STAKE_BPS
                },
                {
                    fn initialize(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationCalls> {
                        <initializeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationCalls::initialize)
                    }
                    initialize
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_VALIDATE_SHIMS[idx](data)
        }
        #[inline]
        fn abi_encoded_size(&self) -> usize {
            match self {
                Self::DEFAULT_ADMIN_ROLE(inner) => {
                    <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::DEFAULT_MAX_COMMISSION_BPS(inner) => {
                    <DEFAULT_MAX_COMMISSION_BPSCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::DEFAULT_MINIMUM_SELF_STAKE_BPS(inner) => {
                    <DEFAULT_MINIMUM_SELF_STAKE_BPSCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MAX_COMMISSION_CAP_BPS(inner) => {
                    <MAX_COMMISSION_CAP_BPSCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MIN_SELF_STAKE_FLOOR_BPS(inner) => {
                    <MIN_SELF_STAKE_FLOOR_BPSCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::REWARD_INTERVAL(inner) => {
                    <REWARD_INTERVALCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::UPGRADE_INTERFACE_VERSION(inner) => {
                    <UPGRADE_INTERFACE_VERSIONCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::claimStakingRewards(inner) => {
                    <claimStakingRewardsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::claimableStakingRewards(inner) => {
                    <claimableStakingRewardsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::delegate(inner) => {
                    <delegateCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::delegatedTo(inner) => {
                    <delegatedToCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::delegation(inner) => {
                    <delegationCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::getRoleAdmin(inner) => {
                    <getRoleAdminCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::grantRole(inner) => {
                    <grantRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::hasRole(inner) => {
                    <hasRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::heldStakingRewards(inner) => {
                    <heldStakingRewardsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::initialize(inner) => {
                    <initializeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::intervalOf(inner) => {
                    <intervalOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::isEligible(inner) => {
                    <isEligibleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::maxCommissionBps(inner) => {
                    <maxCommissionBpsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::minimumSelfStakeBps(inner) => {
                    <minimumSelfStakeBpsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::nodes(inner) => {
                    <nodesCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::notifyStakingRewards(inner) => {
                    <notifyStakingRewardsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::onOwnStakeChanged(inner) => {
                    <onOwnStakeChangedCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::onSlashed(inner) => {
                    <onSlashedCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::operatorRewards(inner) => {
                    <operatorRewardsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::pool(inner) => {
                    <poolCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::proxiableUUID(inner) => {
                    <proxiableUUIDCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::redelegate(inner) => {
                    <redelegateCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::renounceRole(inner) => {
                    <renounceRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::revokeRole(inner) => {
                    <revokeRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::selectionManager(inner) => {
                    <selectionManagerCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setCommission(inner) => {
                    <setCommissionCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setMaxCommissionBps(inner) => {
                    <setMaxCommissionBpsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setMinimumSelfStakeBps(inner) => {
                    <setMinimumSelfStakeBpsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::slashableOf(inner) => {
                    <slashableOfCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::stakingRewardTotals(inner) => {
                    <stakingRewardTotalsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::supportsInterface(inner) => {
                    <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::syncPool(inner) => {
                    <syncPoolCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::treasury(inner) => {
                    <treasuryCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::undelegate(inner) => {
                    <undelegateCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::upgradeToAndCall(inner) => {
                    <upgradeToAndCallCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::withdrawUnbonded(inner) => {
                    <withdrawUnbondedCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::xmtpToken(inner) => {
                    <xmtpTokenCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::DEFAULT_ADMIN_ROLE(inner) => {
                    <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::DEFAULT_MAX_COMMISSION_BPS(inner) => {
                    <DEFAULT_MAX_COMMISSION_BPSCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::DEFAULT_MINIMUM_SELF_STAKE_BPS(inner) => {
                    <DEFAULT_MINIMUM_SELF_STAKE_BPSCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MAX_COMMISSION_CAP_BPS(inner) => {
                    <MAX_COMMISSION_CAP_BPSCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MIN_SELF_STAKE_FLOOR_BPS(inner) => {
                    <MIN_SELF_STAKE_FLOOR_BPSCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::REWARD_INTERVAL(inner) => {
                    <REWARD_INTERVALCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::UPGRADE_INTERFACE_VERSION(inner) => {
                    <UPGRADE_INTERFACE_VERSIONCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::claimStakingRewards(inner) => {
                    <claimStakingRewardsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::claimableStakingRewards(inner) => {
                    <claimableStakingRewardsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::delegate(inner) => {
                    <delegateCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::delegatedTo(inner) => {
                    <delegatedToCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::delegation(inner) => {
                    <delegationCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::getRoleAdmin(inner) => {
                    <getRoleAdminCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::grantRole(inner) => {
                    <grantRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::hasRole(inner) => {
                    <hasRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::heldStakingRewards(inner) => {
                    <heldStakingRewardsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::initialize(inner) => {
                    <initializeCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::intervalOf(inner) => {
                    <intervalOfCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::isEligible(inner) => {
                    <isEligibleCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::maxCommissionBps(inner) => {
                    <maxCommissionBpsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::minimumSelfStakeBps(inner) => {
                    <minimumSelfStakeBpsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::nodes(inner) => {
                    <nodesCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::notifyStakingRewards(inner) => {
                    <notifyStakingRewardsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::onOwnStakeChanged(inner) => {
                    <onOwnStakeChangedCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::onSlashed(inner) => {
                    <onSlashedCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::operatorRewards(inner) => {
                    <operatorRewardsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::pool(inner) => {
                    <poolCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::proxiableUUID(inner) => {
                    <proxiableUUIDCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::redelegate(inner) => {
                    <redelegateCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::renounceRole(inner) => {
                    <renounceRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::revokeRole(inner) => {
                    <revokeRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::selectionManager(inner) => {
                    <selectionManagerCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setCommission(inner) => {
                    <setCommissionCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setMaxCommissionBps(inner) => {
                    <setMaxCommissionBpsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setMinimumSelfStakeBps(inner) => {
                    <setMinimumSelfStakeBpsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::slashableOf(inner) => {
                    <slashableOfCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::stakingRewardTotals(inner) => {
                    <stakingRewardTotalsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::supportsInterface(inner) => {
                    <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::syncPool(inner) => {
                    <syncPoolCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::treasury(inner) => {
                    <treasuryCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::undelegate(inner) => {
                    <undelegateCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::upgradeToAndCall(inner) => {
                    <upgradeToAndCallCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::withdrawUnbonded(inner) => {
                    <withdrawUnbondedCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::xmtpToken(inner) => {
                    <xmtpTokenCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
            }
        }
    }
    ///Container for all the [`Delegation`](self) custom errors.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum DelegationErrors {
        #[allow(missing_docs)]
        AccessControlBadConfirmation(AccessControlBadConfirmation),
        #[allow(missing_docs)]
        AccessControlUnauthorizedAccount(AccessControlUnauthorizedAccount),
        #[allow(missing_docs)]
        AddressEmptyCode(AddressEmptyCode),
        #[allow(missing_docs)]
        CommissionTooHigh(CommissionTooHigh),
        #[allow(missing_docs)]
        ERC1967InvalidImplementation(ERC1967InvalidImplementation),
        #[allow(missing_docs)]
        ERC1967NonPayable(ERC1967NonPayable),
        #[allow(missing_docs)]
        FailedCall(FailedCall),
        #[allow(missing_docs)]
        InsufficientShares(InsufficientShares),
        #[allow(missing_docs)]
        InvalidInitialization(InvalidInitialization),
        #[allow(missing_docs)]
        InvalidSlashBps(InvalidSlashBps),
        #[allow(missing_docs)]
        NotInitializing(NotInitializing),
        #[allow(missing_docs)]
        NotNodeOperator(NotNodeOperator),
        #[allow(missing_docs)]
        NotSelectionManager(NotSelectionManager),
        #[allow(missing_docs)]
        NotTreasury(NotTreasury),
        #[allow(missing_docs)]
        NothingToClaim(NothingToClaim),
        #[allow(missing_docs)]
        NothingUnbonding(NothingUnbonding),
        #[allow(missing_docs)]
        ParameterOutOfBounds(ParameterOutOfBounds),
        #[allow(missing_docs)]
        PoolWiped(PoolWiped),
        #[allow(missing_docs)]
        RedelegationToSamePool(RedelegationToSamePool),
        #[allow(missing_docs)]
        RedelegationTooSoon(RedelegationTooSoon),
        #[allow(missing_docs)]
        SafeCastOverflowedUintDowncast(SafeCastOverflowedUintDowncast),
        #[allow(missing_docs)]
        SafeERC20FailedOperation(SafeERC20FailedOperation),
        #[allow(missing_docs)]
        SelfDelegation(SelfDelegation),
        #[allow(missing_docs)]
        StillUnbonding(StillUnbonding),
        #[allow(missing_docs)]
        UUPSUnauthorizedCallContext(UUPSUnauthorizedCallContext),
        #[allow(missing_docs)]
        UUPSUnsupportedProxiableUUID(UUPSUnsupportedProxiableUUID),
        #[allow(missing_docs)]
        WeightExceeded(WeightExceeded),
        #[allow(missing_docs)]
        ZeroAddress(ZeroAddress),
        #[allow(missing_docs)]
        ZeroAmount(ZeroAmount),
        #[allow(missing_docs)]
        ZeroShares(ZeroShares),
    }
    impl DelegationErrors {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [31u8, 42u8, 32u8, 5u8],
            [38u8, 43u8, 157u8, 116u8],
            [40u8, 178u8, 31u8, 237u8],
            [44u8, 223u8, 226u8, 25u8],
            [68u8, 247u8, 160u8, 174u8],
            [74u8, 17u8, 35u8, 136u8],
            [76u8, 156u8, 140u8, 227u8],
            [78u8, 172u8, 97u8, 18u8],
            [82u8, 116u8, 175u8, 231u8],
            [102u8, 151u8, 178u8, 50u8],
            [109u8, 252u8, 198u8, 80u8],
            [138u8, 225u8, 93u8, 242u8],
            [150u8, 155u8, 247u8, 40u8],
            [153u8, 150u8, 179u8, 21u8],
            [156u8, 144u8, 9u8, 255u8],
            [170u8, 29u8, 73u8, 164u8],
            [179u8, 119u8, 2u8, 214u8],
            [179u8, 152u8, 151u8, 159u8],
            [203u8, 29u8, 139u8, 186u8],
            [213u8, 86u8, 190u8, 147u8],
            [214u8, 189u8, 162u8, 117u8],
            [215u8, 230u8, 188u8, 248u8],
            [217u8, 46u8, 35u8, 61u8],
            [220u8, 109u8, 51u8, 110u8],
            [221u8, 156u8, 137u8, 67u8],
            [222u8, 251u8, 113u8, 242u8],
            [224u8, 124u8, 141u8, 186u8],
            [226u8, 81u8, 125u8, 63u8],
            [244u8, 113u8, 17u8, 179u8],
            [249u8, 46u8, 232u8, 169u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(ZeroAmount),
            ::core::stringify!(NothingUnbonding),
            ::core::stringify!(NotSelectionManager),
            ::core::stringify!(CommissionTooHigh),
            ::core::stringify!(InvalidSlashBps),
            ::core::stringify!(ParameterOutOfBounds),
            ::core::stringify!(ERC1967InvalidImplementation),
            ::core::stringify!(NotTreasury),
            ::core::stringify!(SafeERC20FailedOperation),
            ::core::stringify!(AccessControlBadConfirmation),
            ::core::stringify!(SafeCastOverflowedUintDowncast),
            ::core::stringify!(RedelegationToSamePool),
            ::core::stringify!(NothingToClaim),
            ::core::stringify!(AddressEmptyCode),
            ::core::stringify!(NotNodeOperator),
            ::core::stringify!(UUPSUnsupportedProxiableUUID),
            ::core::stringify!(PoolWiped),
            ::core::stringify!(ERC1967NonPayable),
            ::core::stringify!(InsufficientShares),
            ::core::stringify!(SelfDelegation),
            ::core::stringify!(FailedCall),
            ::core::stringify!(NotInitializing),
            ::core::stringify!(ZeroAddress),
            ::core::stringify!(ZeroShares),
            ::core::stringify!(StillUnbonding),
            ::core::stringify!(RedelegationTooSoon),
            ::core::stringify!(UUPSUnauthorizedCallContext),
            ::core::stringify!(AccessControlUnauthorizedAccount),
            ::core::stringify!(WeightExceeded),
            ::core::stringify!(InvalidInitialization),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <ZeroAmount as alloy_sol_types::SolError>::SIGNATURE,
            <NothingUnbonding as alloy_sol_types::SolError>::SIGNATURE,
            <NotSelectionManager as alloy_sol_types::SolError>::SIGNATURE,
            <CommissionTooHigh as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidSlashBps as alloy_sol_types::SolError>::SIGNATURE,
            <ParameterOutOfBounds as alloy_sol_types::SolError>::SIGNATURE,
            <ERC1967InvalidImplementation as alloy_sol_types::SolError>::SIGNATURE,
            <NotTreasury as alloy_sol_types::SolError>::SIGNATURE,
            <SafeERC20FailedOperation as alloy_sol_types::SolError>::SIGNATURE,
            <AccessControlBadConfirmation as alloy_sol_types::SolError>::SIGNATURE,
            <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::SIGNATURE,
            <RedelegationToSamePool as alloy_sol_types::SolError>::SIGNATURE,
            <NothingToClaim as alloy_sol_types::SolError>::SIGNATURE,
            <AddressEmptyCode as alloy_sol_types::SolError>::SIGNATURE,
            <NotNodeOperator as alloy_sol_types::SolError>::SIGNATURE,
            <UUPSUnsupportedProxiableUUID as alloy_sol_types::SolError>::SIGNATURE,
            <PoolWiped as alloy_sol_types::SolError>::SIGNATURE,
            <ERC1967NonPayable as alloy_sol_types::SolError>::SIGNATURE,
            <InsufficientShares as alloy_sol_types::SolError>::SIGNATURE,
            <SelfDelegation as alloy_sol_types::SolError>::SIGNATURE,
            <FailedCall as alloy_sol_types::SolError>::SIGNATURE,
            <NotInitializing as alloy_sol_types::SolError>::SIGNATURE,
            <ZeroAddress as alloy_sol_types::SolError>::SIGNATURE,
            <ZeroShares as alloy_sol_types::SolError>::SIGNATURE,
            <StillUnbonding as alloy_sol_types::SolError>::SIGNATURE,
            <RedelegationTooSoon as alloy_sol_types::SolError>::SIGNATURE,
            <UUPSUnauthorizedCallContext as alloy_sol_types::SolError>::SIGNATURE,
            <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::SIGNATURE,
            <WeightExceeded as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidInitialization as alloy_sol_types::SolError>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => {
                    ::core::option::Option::Some(Self::SIGNATURES[idx])
                }
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolInterface for DelegationErrors {
        const NAME: &'static str = "DelegationErrors";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 30usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::AccessControlBadConfirmation(_) => {
                    <AccessControlBadConfirmation as alloy_sol_types::SolError>::SELECTOR
                }
                Self::AccessControlUnauthorizedAccount(_) => {
                    <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::SELECTOR
                }
                Self::AddressEmptyCode(_) => {
                    <AddressEmptyCode as alloy_sol_types::SolError>::SELECTOR
                }
                Self::CommissionTooHigh(_) => {
                    <CommissionTooHigh as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ERC1967InvalidImplementation(_) => {
                    <ERC1967InvalidImplementation as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ERC1967NonPayable(_) => {
                    <ERC1967NonPayable as alloy_sol_types::SolError>::SELECTOR
                }
                Self::FailedCall(_) => {
                    <FailedCall as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InsufficientShares(_) => {
                    <InsufficientShares as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidInitialization(_) => {
                    <InvalidInitialization as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidSlashBps(_) => {
                    <InvalidSlashBps as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NotInitializing(_) => {
                    <NotInitializing as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NotNodeOperator(_) => {
                    <NotNodeOperator as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NotSelectionManager(_) => {
                    <NotSelectionManager as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NotTreasury(_) => {
                    <NotTreasury as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NothingToClaim(_) => {
                    <NothingToClaim as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NothingUnbonding(_) => {
                    <NothingUnbonding as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ParameterOutOfBounds(_) => {
                    <ParameterOutOfBounds as alloy_sol_types::SolError>::SELECTOR
                }
                Self::PoolWiped(_) => <PoolWiped as alloy_sol_types::SolError>::SELECTOR,
                Self::RedelegationToSamePool(_) => {
                    <RedelegationToSamePool as alloy_sol_types::SolError>::SELECTOR
                }
                Self::RedelegationTooSoon(_) => {
                    <RedelegationTooSoon as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SafeCastOverflowedUintDowncast(_) => {
                    <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SafeERC20FailedOperation(_) => {
                    <SafeERC20FailedOperation as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SelfDelegation(_) => {
                    <SelfDelegation as alloy_sol_types::SolError>::SELECTOR
                }
                Self::StillUnbonding(_) => {
                    <StillUnbonding as alloy_sol_types::SolError>::SELECTOR
                }
                Self::UUPSUnauthorizedCallContext(_) => {
                    <UUPSUnauthorizedCallContext as alloy_sol_types::SolError>::SELECTOR
                }
                Self::UUPSUnsupportedProxiableUUID(_) => {
                    <UUPSUnsupportedProxiableUUID as alloy_sol_types::SolError>::SELECTOR
                }
                Self::WeightExceeded(_) => {
                    <WeightExceeded as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ZeroAddress(_) => {
                    <ZeroAddress as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ZeroAmount(_) => {
                    <ZeroAmount as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ZeroShares(_) => {
                    <ZeroShares as alloy_sol_types::SolError>::SELECTOR
                }
            }
        }
        #[inline]
        fn selector_at(i: usize) -> ::core::option::Option<[u8; 4]> {
            Self::SELECTORS.get(i).copied()
        }
        #[inline]
        fn valid_selector(selector: [u8; 4]) -> bool {
            Self::SELECTORS.binary_search(&selector).is_ok()
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<DelegationErrors>] = &[
                {
                    fn ZeroAmount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <ZeroAmount as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(DelegationErrors::ZeroAmount)
                    }
                    ZeroAmount
                },
                {
                    fn NothingUnbonding(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <NothingUnbonding as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::NothingUnbonding)
                    }
                    NothingUnbonding
                },
                {
                    fn NotSelectionManager(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <NotSelectionManager as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::NotSelectionManager)
                    }
                    NotSelectionManager
                },
                {
                    fn CommissionTooHigh(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <CommissionTooHigh as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::CommissionTooHigh)
                    }
                    CommissionTooHigh
                },
                {
                    fn InvalidSlashBps(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <InvalidSlashBps as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::InvalidSlashBps)
                    }
                    InvalidSlashBps
                },
                {
                    fn ParameterOutOfBounds(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <ParameterOutOfBounds as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::ParameterOutOfBounds)
                    }
                    ParameterOutOfBounds
                },
                {
                    fn ERC1967InvalidImplementation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <ERC1967InvalidImplementation as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::ERC1967InvalidImplementation)
                    }
                    ERC1967InvalidImplementation
                },
                {
                    fn NotTreasury(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <NotTreasury as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(DelegationErrors::NotTreasury)
                    }
                    NotTreasury
                },
                {
                    fn SafeERC20FailedOperation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::SafeERC20FailedOperation)
                    }
                    SafeERC20FailedOperation
                },
                {
                    fn AccessControlBadConfirmation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <AccessControlBadConfirmation as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::AccessControlBadConfirmation)
                    }
                    AccessControlBadConfirmation
                },
                {
                    fn SafeCastOverflowedUintDowncast(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::SafeCastOverflowedUintDowncast)
                    }
                    SafeCastOverflowedUintDowncast
                },
                {
                    fn RedelegationToSamePool(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <RedelegationToSamePool as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::RedelegationToSamePool)
                    }
                    RedelegationToSamePool
                },
                {
                    fn NothingToClaim(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <NothingToClaim as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::NothingToClaim)
                    }
                    NothingToClaim
                },
                {
                    fn AddressEmptyCode(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <AddressEmptyCode as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::AddressEmptyCode)
                    }
                    AddressEmptyCode
                },
                {
                    fn NotNodeOperator(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <NotNodeOperator as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::NotNodeOperator)
                    }
                    NotNodeOperator
                },
                {
                    fn UUPSUnsupportedProxiableUUID(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <UUPSUnsupportedProxiableUUID as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::UUPSUnsupportedProxiableUUID)
                    }
                    UUPSUnsupportedProxiableUUID
                },
                {
                    fn PoolWiped(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <PoolWiped as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(DelegationErrors::PoolWiped)
                    }
                    PoolWiped
                },
                {
                    fn ERC1967NonPayable(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <ERC1967NonPayable as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::ERC1967NonPayable)
                    }
                    ERC1967NonPayable
                },
                {
                    fn InsufficientShares(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <InsufficientShares as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::InsufficientShares)
                    }
                    InsufficientShares
                },
                {
                    fn SelfDelegation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <SelfDelegation as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::SelfDelegation)
                    }
                    SelfDelegation
                },
                {
                    fn FailedCall(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <FailedCall as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(DelegationErrors::FailedCall)
                    }
                    FailedCall
                },
                {
                    fn NotInitializing(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <NotInitializing as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::NotInitializing)
                    }
                    NotInitializing
                },
                {
                    fn ZeroAddress(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <ZeroAddress as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(DelegationErrors::ZeroAddress)
                    }
                    ZeroAddress
                },
                {
                    fn ZeroShares(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <ZeroShares as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(DelegationErrors::ZeroShares)
                    }
                    ZeroShares
                },
                {
                    fn StillUnbonding(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <StillUnbonding as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::StillUnbonding)
                    }
                    StillUnbonding
                },
                {
                    fn RedelegationTooSoon(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <RedelegationTooSoon as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::RedelegationTooSoon)
                    }
                    RedelegationTooSoon
                },
                {
                    fn UUPSUnauthorizedCallContext(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <UUPSUnauthorizedCallContext as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::UUPSUnauthorizedCallContext)
                    }
                    UUPSUnauthorizedCallContext
                },
                {
                    fn AccessControlUnauthorizedAccount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::AccessControlUnauthorizedAccount)
                    }
                    AccessControlUnauthorizedAccount
                },
                {
                    fn WeightExceeded(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <WeightExceeded as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::WeightExceeded)
                    }
                    WeightExceeded
                },
                {
                    fn InvalidInitialization(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <InvalidInitialization as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(DelegationErrors::InvalidInitialization)
                    }
                    InvalidInitialization
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_SHIMS[idx](data)
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw_validate(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_VALIDATE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<DelegationErrors>] = &[
                {
                    fn ZeroAmount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <ZeroAmount as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::ZeroAmount)
                    }
                    ZeroAmount
                },
                {
                    fn NothingUnbonding(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <NothingUnbonding as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::NothingUnbonding)
                    }
                    NothingUnbonding
                },
                {
                    fn NotSelectionManager(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <NotSelectionManager as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::NotSelectionManager)
                    }
                    NotSelectionManager
                },
                {
                    fn CommissionTooHigh(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <CommissionTooHigh as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::CommissionTooHigh)
                    }
                    CommissionTooHigh
                },
                {
                    fn InvalidSlashBps(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <InvalidSlashBps as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::InvalidSlashBps)
                    }
                    InvalidSlashBps
                },
                {
                    fn ParameterOutOfBounds(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <ParameterOutOfBounds as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::ParameterOutOfBounds)
                    }
                    ParameterOutOfBounds
                },
                {
                    fn ERC1967InvalidImplementation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <ERC1967InvalidImplementation as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::ERC1967InvalidImplementation)
                    }
                    ERC1967InvalidImplementation
                },
                {
                    fn NotTreasury(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <NotTreasury as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::NotTreasury)
                    }
                    NotTreasury
                },
                {
                    fn SafeERC20FailedOperation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::SafeERC20FailedOperation)
                    }
                    SafeERC20FailedOperation
                },
                {
                    fn AccessControlBadConfirmation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <AccessControlBadConfirmation as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::AccessControlBadConfirmation)
                    }
                    AccessControlBadConfirmation
                },
                {
                    fn SafeCastOverflowedUintDowncast(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::SafeCastOverflowedUintDowncast)
                    }
                    SafeCastOverflowedUintDowncast
                },
                {
                    fn RedelegationToSamePool(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <RedelegationToSamePool as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::RedelegationToSamePool)
                    }
                    RedelegationToSamePool
                },
                {
                    fn NothingToClaim(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <NothingToClaim as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::NothingToClaim)
                    }
                    NothingToClaim
                },
                {
                    fn AddressEmptyCode(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <AddressEmptyCode as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::AddressEmptyCode)
                    }
                    AddressEmptyCode
                },
                {
                    fn NotNodeOperator(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <NotNodeOperator as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::NotNodeOperator)
                    }
                    NotNodeOperator
                },
                {
                    fn UUPSUnsupportedProxiableUUID(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <UUPSUnsupportedProxiableUUID as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::UUPSUnsupportedProxiableUUID)
                    }
                    UUPSUnsupportedProxiableUUID
                },
                {
                    fn PoolWiped(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <PoolWiped as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::PoolWiped)
                    }
                    PoolWiped
                },
                {
                    fn ERC1967NonPayable(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <ERC1967NonPayable as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::ERC1967NonPayable)
                    }
                    ERC1967NonPayable
                },
                {
                    fn InsufficientShares(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <InsufficientShares as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::InsufficientShares)
                    }
                    InsufficientShares
                },
                {
                    fn SelfDelegation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <SelfDelegation as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::SelfDelegation)
                    }
                    SelfDelegation
                },
                {
                    fn FailedCall(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <FailedCall as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::FailedCall)
                    }
                    FailedCall
                },
                {
                    fn NotInitializing(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <NotInitializing as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::NotInitializing)
                    }
                    NotInitializing
                },
                {
                    fn ZeroAddress(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <ZeroAddress as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::ZeroAddress)
                    }
                    ZeroAddress
                },
                {
                    fn ZeroShares(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <ZeroShares as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::ZeroShares)
                    }
                    ZeroShares
                },
                {
                    fn StillUnbonding(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <StillUnbonding as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::StillUnbonding)
                    }
                    StillUnbonding
                },
                {
                    fn RedelegationTooSoon(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <RedelegationTooSoon as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::RedelegationTooSoon)
                    }
                    RedelegationTooSoon
                },
                {
                    fn UUPSUnauthorizedCallContext(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <UUPSUnauthorizedCallContext as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::UUPSUnauthorizedCallContext)
                    }
                    UUPSUnauthorizedCallContext
                },
                {
                    fn AccessControlUnauthorizedAccount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::AccessControlUnauthorizedAccount)
                    }
                    AccessControlUnauthorizedAccount
                },
                {
                    fn WeightExceeded(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <WeightExceeded as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::WeightExceeded)
                    }
                    WeightExceeded
                },
                {
                    fn InvalidInitialization(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<DelegationErrors> {
                        <InvalidInitialization as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(DelegationErrors::InvalidInitialization)
                    }
                    InvalidInitialization
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_VALIDATE_SHIMS[idx](data)
        }
        #[inline]
        fn abi_encoded_size(&self) -> usize {
            match self {
                Self::AccessControlBadConfirmation(inner) => {
                    <AccessControlBadConfirmation as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::AccessControlUnauthorizedAccount(inner) => {
                    <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::AddressEmptyCode(inner) => {
                    <AddressEmptyCode as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::CommissionTooHigh(inner) => {
                    <CommissionTooHigh as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ERC1967InvalidImplementation(inner) => {
                    <ERC1967InvalidImplementation as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ERC1967NonPayable(inner) => {
                    <ERC1967NonPayable as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::FailedCall(inner) => {
                    <FailedCall as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::InsufficientShares(inner) => {
                    <InsufficientShares as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::InvalidInitialization(inner) => {
                    <InvalidInitialization as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::InvalidSlashBps(inner) => {
                    <InvalidSlashBps as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::NotInitializing(inner) => {
                    <NotInitializing as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::NotNodeOperator(inner) => {
                    <NotNodeOperator as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::NotSelectionManager(inner) => {
                    <NotSelectionManager as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::NotTreasury(inner) => {
                    <NotTreasury as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NothingToClaim(inner) => {
                    <NothingToClaim as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::NothingUnbonding(inner) => {
                    <NothingUnbonding as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ParameterOutOfBounds(inner) => {
                    <ParameterOutOfBounds as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::PoolWiped(inner) => {
                    <PoolWiped as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::RedelegationToSamePool(inner) => {
                    <RedelegationToSamePool as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::RedelegationTooSoon(inner) => {
                    <RedelegationTooSoon as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::SafeCastOverflowedUintDowncast(inner) => {
                    <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::SafeERC20FailedOperation(inner) => {
                    <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::SelfDelegation(inner) => {
                    <SelfDelegation as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::StillUnbonding(inner) => {
                    <StillUnbonding as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::UUPSUnauthorizedCallContext(inner) => {
                    <UUPSUnauthorizedCallContext as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::UUPSUnsupportedProxiableUUID(inner) => {
                    <UUPSUnsupportedProxiableUUID as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::WeightExceeded(inner) => {
                    <WeightExceeded as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ZeroAddress(inner) => {
                    <ZeroAddress as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::ZeroAmount(inner) => {
                    <ZeroAmount as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::ZeroShares(inner) => {
                    <ZeroShares as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::AccessControlBadConfirmation(inner) => {
                    <AccessControlBadConfirmation as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::AccessControlUnauthorizedAccount(inner) => {
                    <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::AddressEmptyCode(inner) => {
                    <AddressEmptyCode as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::CommissionTooHigh(inner) => {
                    <CommissionTooHigh as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ERC1967InvalidImplementation(inner) => {
                    <ERC1967InvalidImplementation as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ERC1967NonPayable(inner) => {
                    <ERC1967NonPayable as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::FailedCall(inner) => {
                    <FailedCall as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::InsufficientShares(inner) => {
                    <InsufficientShares as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidInitialization(inner) => {
                    <InvalidInitialization as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidSlashBps(inner) => {
                    <InvalidSlashBps as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NotInitializing(inner) => {
                    <NotInitializing as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NotNodeOperator(inner) => {
                    <NotNodeOperator as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NotSelectionManager(inner) => {
                    <NotSelectionManager as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NotTreasury(inner) => {
                    <NotTreasury as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NothingToClaim(inner) => {
                    <NothingToClaim as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::NothingUnbonding(inner) => {
                    <NothingUnbonding as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ParameterOutOfBounds(inner) => {
                    <ParameterOutOfBounds as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::PoolWiped(inner) => {
                    <PoolWiped as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::RedelegationToSamePool(inner) => {
                    <RedelegationToSamePool as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::RedelegationTooSoon(inner) => {
                    <RedelegationTooSoon as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::SafeCastOverflowedUintDowncast(inner) => {
                    <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::SafeERC20FailedOperation(inner) => {
                    <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::SelfDelegation(inner) => {
                    <SelfDelegation as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::StillUnbonding(inner) => {
                    <StillUnbonding as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::UUPSUnauthorizedCallContext(inner) => {
                    <UUPSUnauthorizedCallContext as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::UUPSUnsupportedProxiableUUID(inner) => {
                    <UUPSUnsupportedProxiableUUID as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::WeightExceeded(inner) => {
                    <WeightExceeded as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ZeroAddress(inner) => {
                    <ZeroAddress as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ZeroAmount(inner) => {
                    <ZeroAmount as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::ZeroShares(inner) => {
                    <ZeroShares as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
            }
        }
    }
    ///Container for all the [`Delegation`](self) events.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum DelegationEvents {
        #[allow(missing_docs)]
        CommissionChangeScheduled(CommissionChangeScheduled),
        #[allow(missing_docs)]
        CommissionUpdated(CommissionUpdated),
        #[allow(missing_docs)]
        Delegated(Delegated),
        #[allow(missing_docs)]
        DelegationWithdrawn(DelegationWithdrawn),
        #[allow(missing_docs)]
        Initialized(Initialized),
        #[allow(missing_docs)]
        MaxCommissionBpsUpdated(MaxCommissionBpsUpdated),
        #[allow(missing_docs)]
        MinimumSelfStakeBpsUpdated(MinimumSelfStakeBpsUpdated),
        #[allow(missing_docs)]
        OwnStakeUpdated(OwnStakeUpdated),
        #[allow(missing_docs)]
        PoolSlashed(PoolSlashed),
        #[allow(missing_docs)]
        Redelegated(Redelegated),
        #[allow(missing_docs)]
        RoleAdminChanged(RoleAdminChanged),
        #[allow(missing_docs)]
        RoleGranted(RoleGranted),
        #[allow(missing_docs)]
        RoleRevoked(RoleRevoked),
        #[allow(missing_docs)]
        StakingRewardsClaimed(StakingRewardsClaimed),
        #[allow(missing_docs)]
        StakingRewardsNotified(StakingRewardsNotified),
        #[allow(missing_docs)]
        Undelegated(Undelegated),
        #[allow(missing_docs)]
        Upgraded(Upgraded),
    }
    impl DelegationEvents {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 32usize]] = &[
            [
                1u8, 30u8, 42u8, 138u8, 72u8, 198u8, 23u8, 104u8, 86u8, 251u8, 84u8,
                55u8, 247u8, 223u8, 185u8, 15u8, 79u8, 115u8, 6u8, 228u8, 28u8, 218u8,
                65u8, 76u8, 55u8, 22u8, 33u8, 123u8, 210u8, 76u8, 145u8, 219u8,
            ],
            [
                35u8, 73u8, 254u8, 166u8, 218u8, 51u8, 63u8, 201u8, 71u8, 235u8, 2u8,
                69u8, 154u8, 137u8, 125u8, 144u8, 69u8, 72u8, 165u8, 151u8, 253u8, 3u8,
                124u8, 247u8, 138u8, 67u8, 25u8, 2u8, 51u8, 247u8, 126u8, 242u8,
            ],
            [
                36u8, 215u8, 189u8, 168u8, 96u8, 43u8, 145u8, 109u8, 100u8, 65u8, 127u8,
                13u8, 191u8, 226u8, 226u8, 232u8, 142u8, 201u8, 177u8, 21u8, 123u8,
                217u8, 245u8, 150u8, 223u8, 219u8, 145u8, 186u8, 38u8, 98u8, 78u8, 4u8,
            ],
            [
                47u8, 135u8, 136u8, 17u8, 126u8, 126u8, 255u8, 29u8, 130u8, 233u8, 38u8,
                236u8, 121u8, 73u8, 1u8, 209u8, 124u8, 120u8, 2u8, 74u8, 80u8, 39u8, 9u8,
                64u8, 48u8, 69u8, 64u8, 167u8, 51u8, 101u8, 111u8, 13u8,
            ],
            [
                103u8, 202u8, 213u8, 158u8, 89u8, 88u8, 192u8, 104u8, 33u8, 11u8, 87u8,
                180u8, 176u8, 31u8, 22u8, 96u8, 182u8, 36u8, 83u8, 50u8, 222u8, 148u8,
                180u8, 239u8, 73u8, 30u8, 123u8, 215u8, 64u8, 72u8, 89u8, 85u8,
            ],
            [
                110u8, 80u8, 13u8, 179u8, 12u8, 229u8, 53u8, 211u8, 136u8, 82u8, 227u8,
                24u8, 243u8, 51u8, 233u8, 190u8, 65u8, 163u8, 254u8, 198u8, 198u8, 93u8,
                35u8, 78u8, 187u8, 6u8, 32u8, 60u8, 137u8, 109u8, 185u8, 165u8,
            ],
            [
                124u8, 51u8, 32u8, 13u8, 86u8, 196u8, 55u8, 72u8, 82u8, 35u8, 159u8,
                144u8, 19u8, 141u8, 214u8, 59u8, 184u8, 255u8, 117u8, 251u8, 78u8, 121u8,
                13u8, 214u8, 28u8, 148u8, 250u8, 172u8, 189u8, 87u8, 209u8, 210u8,
            ],
            [
                125u8, 66u8, 218u8, 180u8, 116u8, 188u8, 253u8, 180u8, 166u8, 247u8,
                70u8, 178u8, 83u8, 111u8, 69u8, 175u8, 76u8, 44u8, 2u8, 237u8, 246u8,
                43u8, 173u8, 73u8, 197u8, 56u8, 180u8, 162u8, 167u8, 102u8, 203u8, 148u8,
            ],
            [
                153u8, 102u8, 254u8, 35u8, 135u8, 145u8, 87u8, 117u8, 182u8, 89u8, 90u8,
                126u8, 208u8, 144u8, 181u8, 56u8, 9u8, 233u8, 148u8, 154u8, 163u8, 13u8,
                179u8, 47u8, 100u8, 150u8, 71u8, 100u8, 54u8, 206u8, 135u8, 171u8,
            ],
            [
                165u8, 99u8, 229u8, 137u8, 169u8, 83u8, 220u8, 192u8, 199u8, 130u8,
                220u8, 225u8, 35u8, 1u8, 151u8, 48u8, 240u8, 222u8, 193u8, 28u8, 131u8,
                225u8, 219u8, 12u8, 202u8, 138u8, 123u8, 129u8, 97u8, 205u8, 243u8, 14u8,
            ],
            [
                188u8, 124u8, 215u8, 90u8, 32u8, 238u8, 39u8, 253u8, 154u8, 222u8, 186u8,
                179u8, 32u8, 65u8, 247u8, 85u8, 33u8, 77u8, 188u8, 107u8, 255u8, 169u8,
                12u8, 192u8, 34u8, 91u8, 57u8, 218u8, 46u8, 92u8, 45u8, 59u8,
            ],
            [
                189u8, 121u8, 184u8, 111u8, 254u8, 10u8, 184u8, 232u8, 119u8, 97u8, 81u8,
                81u8, 66u8, 23u8, 205u8, 124u8, 172u8, 213u8, 44u8, 144u8, 159u8, 102u8,
                71u8, 92u8, 58u8, 244u8, 78u8, 18u8, 159u8, 11u8, 0u8, 255u8,
            ],
            [
                199u8, 245u8, 5u8, 178u8, 243u8, 113u8, 174u8, 33u8, 117u8, 238u8, 73u8,
                19u8, 244u8, 73u8, 158u8, 31u8, 38u8, 51u8, 167u8, 181u8, 147u8, 99u8,
                33u8, 238u8, 209u8, 205u8, 174u8, 182u8, 17u8, 81u8, 129u8, 210u8,
            ],
            [
                213u8, 34u8, 33u8, 109u8, 104u8, 6u8, 237u8, 144u8, 68u8, 15u8, 32u8,
                194u8, 235u8, 107u8, 199u8, 13u8, 234u8, 240u8, 137u8, 29u8, 170u8,
                116u8, 149u8, 24u8, 91u8, 122u8, 21u8, 84u8, 219u8, 204u8, 184u8, 249u8,
            ],
            [
                213u8, 108u8, 154u8, 60u8, 84u8, 152u8, 143u8, 207u8, 171u8, 124u8, 66u8,
                139u8, 6u8, 194u8, 1u8, 159u8, 125u8, 53u8, 57u8, 163u8, 198u8, 169u8,
                91u8, 167u8, 160u8, 246u8, 1u8, 26u8, 167u8, 242u8, 190u8, 39u8,
            ],
            [
                246u8, 57u8, 31u8, 92u8, 50u8, 217u8, 198u8, 157u8, 42u8, 71u8, 234u8,
                103u8, 11u8, 68u8, 41u8, 116u8, 181u8, 57u8, 53u8, 209u8, 237u8, 199u8,
                253u8, 100u8, 235u8, 33u8, 224u8, 71u8, 168u8, 57u8, 23u8, 27u8,
            ],
            [
                253u8, 172u8, 110u8, 129u8, 145u8, 57u8, 150u8, 217u8, 90u8, 188u8,
                194u8, 137u8, 233u8, 15u8, 45u8, 139u8, 210u8, 53u8, 72u8, 124u8, 230u8,
                254u8, 111u8, 130u8, 30u8, 125u8, 33u8, 0u8, 42u8, 25u8, 21u8, 180u8,
            ],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(Undelegated),
            ::core::stringify!(MinimumSelfStakeBpsUpdated),
            ::core::stringify!(Delegated),
            ::core::stringify!(RoleGranted),
            ::core::stringify!(StakingRewardsNotified),
            ::core::stringify!(CommissionUpdated),
            ::core::stringify!(MaxCommissionBpsUpdated),
            ::core::stringify!(DelegationWithdrawn),
            ::core::stringify!(PoolSlashed),
            ::core::stringify!(CommissionChangeScheduled),
            ::core::stringify!(Upgraded),
            ::core::stringify!(RoleAdminChanged),
            ::core::stringify!(Initialized),
            ::core::stringify!(StakingRewardsClaimed),
            ::core::stringify!(OwnStakeUpdated),
            ::core::stringify!(RoleRevoked),
            ::core::stringify!(Redelegated),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <Undelegated as alloy_sol_types::SolEvent>::SIGNATURE,
            <MinimumSelfStakeBpsUpdated as alloy_sol_types::SolEvent>::SIGNATURE,
            <Delegated as alloy_sol_types::SolEvent>::SIGNATURE,
            <RoleGranted as alloy_sol_types::SolEvent>::SIGNATURE,
            <StakingRewardsNotified as alloy_sol_types::SolEvent>::SIGNATURE,
            <CommissionUpdated as alloy_sol_types::SolEvent>::SIGNATURE,
            <MaxCommissionBpsUpdated as alloy_sol_types::SolEvent>::SIGNATURE,
            <DelegationWithdrawn as alloy_sol_types::SolEvent>::SIGNATURE,
            <PoolSlashed as alloy_sol_types::SolEvent>::SIGNATURE,
            <CommissionChangeScheduled as alloy_sol_types::SolEvent>::SIGNATURE,
            <Upgraded as alloy_sol_types::SolEvent>::SIGNATURE,
            <RoleAdminChanged as alloy_sol_types::SolEvent>::SIGNATURE,
            <Initialized as alloy_sol_types::SolEvent>::SIGNATURE,
            <StakingRewardsClaimed as alloy_sol_types::SolEvent>::SIGNATURE,
            <OwnStakeUpdated as alloy_sol_types::SolEvent>::SIGNATURE,
            <RoleRevoked as alloy_sol_types::SolEvent>::SIGNATURE,
            <Redelegated as alloy_sol_types::SolEvent>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(
            selector: [u8; 32usize],
        ) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => {
                    ::core::option::Option::Some(Self::SIGNATURES[idx])
                }
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(
            selector: [u8; 32usize],
        ) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolEventInterface for DelegationEvents {
        const NAME: &'static str = "DelegationEvents";
        const COUNT: usize = 17usize;
        fn decode_raw_log(
            topics: &[alloy_sol_types::Word],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            match topics.first().copied() {
                Some(
                    <CommissionChangeScheduled as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <CommissionChangeScheduled as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::CommissionChangeScheduled)
                }
                Some(
                    <CommissionUpdated as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <CommissionUpdated as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::CommissionUpdated)
                }
                Some(<Delegated as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Delegated as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::Delegated)
                }
                Some(
                    <DelegationWithdrawn as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <DelegationWithdrawn as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::DelegationWithdrawn)
                }
                Some(<Initialized as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Initialized as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::Initialized)
                }
                Some(
                    <MaxCommissionBpsUpdated as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <MaxCommissionBpsUpdated as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::MaxCommissionBpsUpdated)
                }
                Some(
                    <MinimumSelfStakeBpsUpdated as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <MinimumSelfStakeBpsUpdated as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::MinimumSelfStakeBpsUpdated)
                }
                Some(<OwnStakeUpdated as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <OwnStakeUpdated as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::OwnStakeUpdated)
                }
                Some(<PoolSlashed as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <PoolSlashed as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::PoolSlashed)
                }
                Some(<Redelegated as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Redelegated as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::Redelegated)
                }
                Some(<RoleAdminChanged as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RoleAdminChanged as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::RoleAdminChanged)
                }
                Some(<RoleGranted as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RoleGranted as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::RoleGranted)
                }
                Some(<RoleRevoked as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RoleRevoked as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::RoleRevoked)
                }
                Some(
                    <StakingRewardsClaimed as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <StakingRewardsClaimed as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::StakingRewardsClaimed)
                }
                Some(
                    <StakingRewardsNotified as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <StakingRewardsNotified as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::StakingRewardsNotified)
                }
                Some(<Undelegated as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Undelegated as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::Undelegated)
                }
                Some(<Upgraded as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Upgraded as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::Upgraded)
                }
                _ => {
                    alloy_sol_types::private::Err(alloy_sol_types::Error::InvalidLog {
                        name: <Self as alloy_sol_types::SolEventInterface>::NAME,
                        log: alloy_sol_types::private::Box::new(
                            alloy_sol_types::private::LogData::new_unchecked(
                                topics.to_vec(),
                                data.to_vec().into(),
                            ),
                        ),
                    })
                }
            }
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::private::IntoLogData for DelegationEvents {
        fn to_log_data(&self) -> alloy_sol_types::private::LogData {
            match self {
                Self::CommissionChangeScheduled(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::CommissionUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::Delegated(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::DelegationWithdrawn(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::Initialized(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::MaxCommissionBpsUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::MinimumSelfStakeBpsUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::OwnStakeUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::PoolSlashed(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::Redelegated(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RoleAdminChanged(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RoleGranted(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RoleRevoked(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::StakingRewardsClaimed(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::StakingRewardsNotified(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::Undelegated(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::Upgraded(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
            }
        }
        fn into_log_data(self) -> alloy_sol_types::private::LogData {
            match self {
                Self::CommissionChangeScheduled(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::CommissionUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::Delegated(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::DelegationWithdrawn(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::Initialized(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::MaxCommissionBpsUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::MinimumSelfStakeBpsUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::OwnStakeUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::PoolSlashed(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::Redelegated(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RoleAdminChanged(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RoleGranted(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RoleRevoked(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::StakingRewardsClaimed(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::StakingRewardsNotified(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::Undelegated(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::Upgraded(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
            }
        }
    }
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`Delegation`](self) contract instance.

See the [wrapper's documentation](`DelegationInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> DelegationInstance<P, N> {
        DelegationInstance::<P, N>::new(address, __provider)
    }
    /**Deploys this contract using the given `provider` and constructor arguments, if any.

Returns a new instance of the contract, if the deployment was successful.

For more fine-grained control over the deployment process, use [`deploy_builder`] instead.*/
    #[inline]
    pub fn deploy<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        __provider: P,
    ) -> impl ::core::future::Future<
        Output = alloy_contract::Result<DelegationInstance<P, N>>,
    > {
        DelegationInstance::<P, N>::deploy(__provider)
    }
    /**Creates a `RawCallBuilder` for deploying this contract using the given `provider`
and constructor arguments, if any.

This is a simple wrapper around creating a `RawCallBuilder` with the data set to
the bytecode concatenated with the constructor's ABI-encoded arguments.*/
    #[inline]
    pub fn deploy_builder<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(__provider: P) -> alloy_contract::RawCallBuilder<P, N> {
        DelegationInstance::<P, N>::deploy_builder(__provider)
    }
    /**A [`Delegation`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`Delegation`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct DelegationInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for DelegationInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("DelegationInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > DelegationInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`Delegation`](self) contract instance.

See the [wrapper's documentation](`DelegationInstance`) for more details.*/
        #[inline]
        pub const fn new(
            address: alloy_sol_types::private::Address,
            __provider: P,
        ) -> Self {
            Self {
                address,
                provider: __provider,
                _network: ::core::marker::PhantomData,
            }
        }
        /**Deploys this contract using the given `provider` and constructor arguments, if any.

Returns a new instance of the contract, if the deployment was successful.

For more fine-grained control over the deployment process, use [`deploy_builder`] instead.*/
        #[inline]
        pub async fn deploy(
            __provider: P,
        ) -> alloy_contract::Result<DelegationInstance<P, N>> {
            let call_builder = Self::deploy_builder(__provider);
            let contract_address = call_builder.deploy().await?;
            Ok(Self::new(contract_address, call_builder.provider))
        }
        /**Creates a `RawCallBuilder` for deploying this contract using the given `provider`
and constructor arguments, if any.

This is a simple wrapper around creating a `RawCallBuilder` with the data set to
the bytecode concatenated with the constructor's ABI-encoded arguments.*/
        #[inline]
        pub fn deploy_builder(__provider: P) -> alloy_contract::RawCallBuilder<P, N> {
            alloy_contract::RawCallBuilder::new_raw_deploy(
                __provider,
                ::core::clone::Clone::clone(&BYTECODE),
            )
        }
        /// Returns a reference to the address.
        #[inline]
        pub const fn address(&self) -> &alloy_sol_types::private::Address {
            &self.address
        }
        /// Sets the address.
        #[inline]
        pub fn set_address(&mut self, address: alloy_sol_types::private::Address) {
            self.address = address;
        }
        /// Sets the address and returns `self`.
        pub fn at(mut self, address: alloy_sol_types::private::Address) -> Self {
            self.set_address(address);
            self
        }
        /// Returns a reference to the provider.
        #[inline]
        pub const fn provider(&self) -> &P {
            &self.provider
        }
    }
    impl<P: ::core::clone::Clone, N> DelegationInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> DelegationInstance<P, N> {
            DelegationInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > DelegationInstance<P, N> {
        /// Creates a new call builder using this contract instance's provider and address.
        ///
        /// Note that the call can be any function call, not just those defined in this
        /// contract. Prefer using the other methods for building type-safe contract calls.
        pub fn call_builder<C: alloy_sol_types::SolCall>(
            &self,
            call: &C,
        ) -> alloy_contract::SolCallBuilder<&P, C, N> {
            alloy_contract::SolCallBuilder::new_sol(&self.provider, &self.address, call)
        }
        ///Creates a new call builder for the [`DEFAULT_ADMIN_ROLE`] function.
        pub fn DEFAULT_ADMIN_ROLE(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, DEFAULT_ADMIN_ROLECall, N> {
            self.call_builder(&DEFAULT_ADMIN_ROLECall)
        }
        ///Creates a new call builder for the [`DEFAULT_MAX_COMMISSION_BPS`] function.
        pub fn DEFAULT_MAX_COMMISSION_BPS(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, DEFAULT_MAX_COMMISSION_BPSCall, N> {
            self.call_builder(&DEFAULT_MAX_COMMISSION_BPSCall)
        }
        ///Creates a new call builder for the [`DEFAULT_MINIMUM_SELF_STAKE_BPS`] function.
        pub fn DEFAULT_MINIMUM_SELF_STAKE_BPS(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, DEFAULT_MINIMUM_SELF_STAKE_BPSCall, N> {
            self.call_builder(&DEFAULT_MINIMUM_SELF_STAKE_BPSCall)
        }
        ///Creates a new call builder for the [`MAX_COMMISSION_CAP_BPS`] function.
        pub fn MAX_COMMISSION_CAP_BPS(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MAX_COMMISSION_CAP_BPSCall, N> {
            self.call_builder(&MAX_COMMISSION_CAP_BPSCall)
        }
        ///Creates a new call builder for the [`MIN_SELF_STAKE_FLOOR_BPS`] function.
        pub fn MIN_SELF_STAKE_FLOOR_BPS(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MIN_SELF_STAKE_FLOOR_BPSCall, N> {
            self.call_builder(&MIN_SELF_STAKE_FLOOR_BPSCall)
        }
        ///Creates a new call builder for the [`REWARD_INTERVAL`] function.
        pub fn REWARD_INTERVAL(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, REWARD_INTERVALCall, N> {
            self.call_builder(&REWARD_INTERVALCall)
        }
        ///Creates a new call builder for the [`UPGRADE_INTERFACE_VERSION`] function.
        pub fn UPGRADE_INTERFACE_VERSION(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, UPGRADE_INTERFACE_VERSIONCall, N> {
            self.call_builder(&UPGRADE_INTERFACE_VERSIONCall)
        }
        ///Creates a new call builder for the [`claimStakingRewards`] function.
        pub fn claimStakingRewards(
            &self,
            operator: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, claimStakingRewardsCall, N> {
            self.call_builder(
                &claimStakingRewardsCall {
                    operator,
                },
            )
        }
        ///Creates a new call builder for the [`claimableStakingRewards`] function.
        pub fn claimableStakingRewards(
            &self,
            operator: alloy::sol_types::private::Address,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, claimableStakingRewardsCall, N> {
            self.call_builder(
                &claimableStakingRewardsCall {
                    operator,
                    account,
                },
            )
        }
        ///Creates a new call builder for the [`delegate`] function.
        pub fn delegate(
            &self,
            operator: alloy::sol_types::private::Address,
            amount: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, delegateCall, N> {
            self.call_builder(&delegateCall { operator, amount })
        }
        ///Creates a new call builder for the [`delegatedTo`] function.
        pub fn delegatedTo(
            &self,
            operator: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, delegatedToCall, N> {
            self.call_builder(&delegatedToCall { operator })
        }
        ///Creates a new call builder for the [`delegation`] function.
        pub fn delegation(
            &self,
            delegator: alloy::sol_types::private::Address,
            operator: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, delegationCall, N> {
            self.call_builder(
                &delegationCall {
                    delegator,
                    operator,
                },
            )
        }
        ///Creates a new call builder for the [`getRoleAdmin`] function.
        pub fn getRoleAdmin(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, getRoleAdminCall, N> {
            self.call_builder(&getRoleAdminCall { role })
        }
        ///Creates a new call builder for the [`grantRole`] function.
        pub fn grantRole(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, grantRoleCall, N> {
            self.call_builder(&grantRoleCall { role, account })
        }
        ///Creates a new call builder for the [`hasRole`] function.
        pub fn hasRole(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, hasRoleCall, N> {
            self.call_builder(&hasRoleCall { role, account })
        }
        ///Creates a new call builder for the [`heldStakingRewards`] function.
        pub fn heldStakingRewards(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, heldStakingRewardsCall, N> {
            self.call_builder(&heldStakingRewardsCall)
        }
        ///Creates a new call builder for the [`initialize`] function.
        pub fn initialize(
            &self,
            admin: alloy::sol_types::private::Address,
            selectionManager_: alloy::sol_types::private::Address,
            treasury_: alloy::sol_types::private::Address,
            xmtpToken_: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, initializeCall, N> {
            self.call_builder(
                &initializeCall {
                    admin,
                    selectionManager_,
                    treasury_,
                    xmtpToken_,
                },
            )
        }
        ///Creates a new call builder for the [`intervalOf`] function.
        pub fn intervalOf(
            &self,
            timestamp: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, intervalOfCall, N> {
            self.call_builder(&intervalOfCall { timestamp })
        }
        ///Creates a new call builder for the [`isEligible`] function.
        pub fn isEligible(
            &self,
            operator: alloy::sol_types::private::Address,
            ownStake: alloy::sol_types::private::primitives::aliases::U256,
            minimumStake: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, isEligibleCall, N> {
            self.call_builder(
                &isEligibleCall {
                    operator,
                    ownStake,
                    minimumStake,
                },
            )
        }
        ///Creates a new call builder for the [`maxCommissionBps`] function.
        pub fn maxCommissionBps(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, maxCommissionBpsCall, N> {
            self.call_builder(&maxCommissionBpsCall)
        }
        ///Creates a new call builder for the [`minimumSelfStakeBps`] function.
        pub fn minimumSelfStakeBps(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, minimumSelfStakeBpsCall, N> {
            self.call_builder(&minimumSelfStakeBpsCall)
        }
        ///Creates a new call builder for the [`nodes`] function.
        pub fn nodes(&self) -> alloy_contract::SolCallBuilder<&P, nodesCall, N> {
            self.call_builder(&nodesCall)
        }
        ///Creates a new call builder for the [`notifyStakingRewards`] function.
        pub fn notifyStakingRewards(
            &self,
            amount: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, notifyStakingRewardsCall, N> {
            self.call_builder(&notifyStakingRewardsCall { amount })
        }
        ///Creates a new call builder for the [`onOwnStakeChanged`] function.
        pub fn onOwnStakeChanged(
            &self,
            operator: alloy::sol_types::private::Address,
            newStake: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, onOwnStakeChangedCall, N> {
            self.call_builder(
                &onOwnStakeChangedCall {
                    operator,
                    newStake,
                },
            )
        }
        ///Creates a new call builder for the [`onSlashed`] function.
        pub fn onSlashed(
            &self,
            operator: alloy::sol_types::private::Address,
            bps: alloy::sol_types::private::primitives::aliases::U256,
            newOwnStake: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, onSlashedCall, N> {
            self.call_builder(
                &onSlashedCall {
                    operator,
                    bps,
                    newOwnStake,
                },
            )
        }
        ///Creates a new call builder for the [`operatorRewards`] function.
        pub fn operatorRewards(
            &self,
            operator: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, operatorRewardsCall, N> {
            self.call_builder(&operatorRewardsCall { operator })
        }
        ///Creates a new call builder for the [`pool`] function.
        pub fn pool(
            &self,
            operator: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, poolCall, N> {
            self.call_builder(&poolCall { operator })
        }
        ///Creates a new call builder for the [`proxiableUUID`] function.
        pub fn proxiableUUID(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, proxiableUUIDCall, N> {
            self.call_builder(&proxiableUUIDCall)
        }
        ///Creates a new call builder for the [`redelegate`] function.
        pub fn redelegate(
            &self,
            from: alloy::sol_types::private::Address,
            to: alloy::sol_types::private::Address,
            amount: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, redelegateCall, N> {
            self.call_builder(&redelegateCall { from, to, amount })
        }
        ///Creates a new call builder for the [`renounceRole`] function.
        pub fn renounceRole(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
            callerConfirmation: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, renounceRoleCall, N> {
            self.call_builder(
                &renounceRoleCall {
                    role,
                    callerConfirmation,
                },
            )
        }
        ///Creates a new call builder for the [`revokeRole`] function.
        pub fn revokeRole(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, revokeRoleCall, N> {
            self.call_builder(&revokeRoleCall { role, account })
        }
        ///Creates a new call builder for the [`selectionManager`] function.
        pub fn selectionManager(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, selectionManagerCall, N> {
            self.call_builder(&selectionManagerCall)
        }
        ///Creates a new call builder for the [`setCommission`] function.
        pub fn setCommission(
            &self,
            bps: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, setCommissionCall, N> {
            self.call_builder(&setCommissionCall { bps })
        }
        ///Creates a new call builder for the [`setMaxCommissionBps`] function.
        pub fn setMaxCommissionBps(
            &self,
            bps: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, setMaxCommissionBpsCall, N> {
            self.call_builder(&setMaxCommissionBpsCall { bps })
        }
        ///Creates a new call builder for the [`setMinimumSelfStakeBps`] function.
        pub fn setMinimumSelfStakeBps(
            &self,
            bps: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, setMinimumSelfStakeBpsCall, N> {
            self.call_builder(&setMinimumSelfStakeBpsCall { bps })
        }
        ///Creates a new call builder for the [`slashableOf`] function.
        pub fn slashableOf(
            &self,
            operator: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, slashableOfCall, N> {
            self.call_builder(&slashableOfCall { operator })
        }
        ///Creates a new call builder for the [`stakingRewardTotals`] function.
        pub fn stakingRewardTotals(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, stakingRewardTotalsCall, N> {
            self.call_builder(&stakingRewardTotalsCall)
        }
        ///Creates a new call builder for the [`supportsInterface`] function.
        pub fn supportsInterface(
            &self,
            interfaceId: alloy::sol_types::private::FixedBytes<4>,
        ) -> alloy_contract::SolCallBuilder<&P, supportsInterfaceCall, N> {
            self.call_builder(
                &supportsInterfaceCall {
                    interfaceId,
                },
            )
        }
        ///Creates a new call builder for the [`syncPool`] function.
        pub fn syncPool(
            &self,
            operator: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, syncPoolCall, N> {
            self.call_builder(&syncPoolCall { operator })
        }
        ///Creates a new call builder for the [`treasury`] function.
        pub fn treasury(&self) -> alloy_contract::SolCallBuilder<&P, treasuryCall, N> {
            self.call_builder(&treasuryCall)
        }
        ///Creates a new call builder for the [`undelegate`] function.
        pub fn undelegate(
            &self,
            operator: alloy::sol_types::private::Address,
            amount: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, undelegateCall, N> {
            self.call_builder(&undelegateCall { operator, amount })
        }
        ///Creates a new call builder for the [`upgradeToAndCall`] function.
        pub fn upgradeToAndCall(
            &self,
            newImplementation: alloy::sol_types::private::Address,
            data: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, upgradeToAndCallCall, N> {
            self.call_builder(
                &upgradeToAndCallCall {
                    newImplementation,
                    data,
                },
            )
        }
        ///Creates a new call builder for the [`withdrawUnbonded`] function.
        pub fn withdrawUnbonded(
            &self,
            operator: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, withdrawUnbondedCall, N> {
            self.call_builder(&withdrawUnbondedCall { operator })
        }
        ///Creates a new call builder for the [`xmtpToken`] function.
        pub fn xmtpToken(&self) -> alloy_contract::SolCallBuilder<&P, xmtpTokenCall, N> {
            self.call_builder(&xmtpTokenCall)
        }
    }
    /// Event filters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > DelegationInstance<P, N> {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(
            &self,
        ) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
        ///Creates a new event filter for the [`CommissionChangeScheduled`] event.
        pub fn CommissionChangeScheduled_filter(
            &self,
        ) -> alloy_contract::Event<&P, CommissionChangeScheduled, N> {
            self.event_filter::<CommissionChangeScheduled>()
        }
        ///Creates a new event filter for the [`CommissionUpdated`] event.
        pub fn CommissionUpdated_filter(
            &self,
        ) -> alloy_contract::Event<&P, CommissionUpdated, N> {
            self.event_filter::<CommissionUpdated>()
        }
        ///Creates a new event filter for the [`Delegated`] event.
        pub fn Delegated_filter(&self) -> alloy_contract::Event<&P, Delegated, N> {
            self.event_filter::<Delegated>()
        }
        ///Creates a new event filter for the [`DelegationWithdrawn`] event.
        pub fn DelegationWithdrawn_filter(
            &self,
        ) -> alloy_contract::Event<&P, DelegationWithdrawn, N> {
            self.event_filter::<DelegationWithdrawn>()
        }
        ///Creates a new event filter for the [`Initialized`] event.
        pub fn Initialized_filter(&self) -> alloy_contract::Event<&P, Initialized, N> {
            self.event_filter::<Initialized>()
        }
        ///Creates a new event filter for the [`MaxCommissionBpsUpdated`] event.
        pub fn MaxCommissionBpsUpdated_filter(
            &self,
        ) -> alloy_contract::Event<&P, MaxCommissionBpsUpdated, N> {
            self.event_filter::<MaxCommissionBpsUpdated>()
        }
        ///Creates a new event filter for the [`MinimumSelfStakeBpsUpdated`] event.
        pub fn MinimumSelfStakeBpsUpdated_filter(
            &self,
        ) -> alloy_contract::Event<&P, MinimumSelfStakeBpsUpdated, N> {
            self.event_filter::<MinimumSelfStakeBpsUpdated>()
        }
        ///Creates a new event filter for the [`OwnStakeUpdated`] event.
        pub fn OwnStakeUpdated_filter(
            &self,
        ) -> alloy_contract::Event<&P, OwnStakeUpdated, N> {
            self.event_filter::<OwnStakeUpdated>()
        }
        ///Creates a new event filter for the [`PoolSlashed`] event.
        pub fn PoolSlashed_filter(&self) -> alloy_contract::Event<&P, PoolSlashed, N> {
            self.event_filter::<PoolSlashed>()
        }
        ///Creates a new event filter for the [`Redelegated`] event.
        pub fn Redelegated_filter(&self) -> alloy_contract::Event<&P, Redelegated, N> {
            self.event_filter::<Redelegated>()
        }
        ///Creates a new event filter for the [`RoleAdminChanged`] event.
        pub fn RoleAdminChanged_filter(
            &self,
        ) -> alloy_contract::Event<&P, RoleAdminChanged, N> {
            self.event_filter::<RoleAdminChanged>()
        }
        ///Creates a new event filter for the [`RoleGranted`] event.
        pub fn RoleGranted_filter(&self) -> alloy_contract::Event<&P, RoleGranted, N> {
            self.event_filter::<RoleGranted>()
        }
        ///Creates a new event filter for the [`RoleRevoked`] event.
        pub fn RoleRevoked_filter(&self) -> alloy_contract::Event<&P, RoleRevoked, N> {
            self.event_filter::<RoleRevoked>()
        }
        ///Creates a new event filter for the [`StakingRewardsClaimed`] event.
        pub fn StakingRewardsClaimed_filter(
            &self,
        ) -> alloy_contract::Event<&P, StakingRewardsClaimed, N> {
            self.event_filter::<StakingRewardsClaimed>()
        }
        ///Creates a new event filter for the [`StakingRewardsNotified`] event.
        pub fn StakingRewardsNotified_filter(
            &self,
        ) -> alloy_contract::Event<&P, StakingRewardsNotified, N> {
            self.event_filter::<StakingRewardsNotified>()
        }
        ///Creates a new event filter for the [`Undelegated`] event.
        pub fn Undelegated_filter(&self) -> alloy_contract::Event<&P, Undelegated, N> {
            self.event_filter::<Undelegated>()
        }
        ///Creates a new event filter for the [`Upgraded`] event.
        pub fn Upgraded_filter(&self) -> alloy_contract::Event<&P, Upgraded, N> {
            self.event_filter::<Upgraded>()
        }
    }
}
